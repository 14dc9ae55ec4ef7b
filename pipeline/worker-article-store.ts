import { Worker } from 'node:worker_threads';
import type { ArticlePlacement } from './article-json';
import type { ArticleStore, MetaOutcome, WriteStats } from './article-store';
import type { SourceFile } from './source-files';

export type WorkerRequest =
  | { type: 'render'; files: SourceFile[] }
  | { type: 'write'; outDir: string; placements: ArticlePlacement[] }
  | { type: 'finish' }
  | { type: 'close' };

export type WorkerReply =
  | { type: 'rendered'; outcomes: MetaOutcome[] }
  | { type: 'written' }
  | { type: 'finished'; stats: WriteStats }
  | { type: 'closed' };

/** Articles per message: small enough to balance the workers and bound memory, large enough to be cheap. */
const BATCH_SIZE = 200;

function startWorker(timeZone: string): Worker {
  const script = new URL(
    './render-worker' + (import.meta.url.endsWith('.ts') ? '.ts' : '.js'),
    import.meta.url,
  );
  if (!script.pathname.endsWith('.ts')) return new Worker(script, { workerData: { timeZone } });
  // Run from TypeScript sources (tsx, Vitest): the worker has to register tsx itself before loading them.
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(script.href)}); });`;
  return new Worker(boot, { eval: true, workerData: { timeZone } });
}

function expectReply<T extends WorkerReply['type']>(
  reply: WorkerReply,
  type: T,
): Extract<WorkerReply, { type: T }> {
  if (reply.type !== type)
    throw new Error(`pipeline bug: article worker answered ${reply.type}, not ${type}`);
  return reply as Extract<WorkerReply, { type: T }>;
}

class ArticleWorker {
  /** Indexes (into the files passed to `render`) of the articles this worker rendered, in its order. */
  readonly fileIndexes: number[] = [];
  private pending: { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void } | null = null;
  private failure: Error | null = null;

  constructor(readonly worker: Worker) {
    worker.on('message', (reply: WorkerReply) => this.settle((p) => p.resolve(reply)));
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => this.fail(new Error(`article worker stopped (exit code ${code})`)));
  }

  get busy(): boolean {
    return this.pending !== null;
  }

  call(request: WorkerRequest): Promise<WorkerReply> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.pending) return Promise.reject(new Error('pipeline bug: article worker asked twice at once'));
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject };
      this.worker.postMessage(request);
    });
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.settle((p) => p.reject(error));
  }

  private settle(action: (pending: NonNullable<ArticleWorker['pending']>) => void): void {
    const pending = this.pending;
    this.pending = null;
    if (pending) action(pending);
  }
}

/** Renders articles on worker threads (Markdown and sanitizing are the expensive part of a build). */
export class WorkerArticleStore implements ArticleStore {
  private readonly workers: ArticleWorker[];

  constructor(timeZone: string, count: number) {
    this.workers = Array.from({ length: count }, () => new ArticleWorker(startWorker(timeZone)));
  }

  async render(files: SourceFile[]): Promise<MetaOutcome[]> {
    const outcomes: MetaOutcome[] = new Array(files.length);
    let next = 0;
    await Promise.all(
      this.workers.map(async (w) => {
        while (next < files.length) {
          const start = next;
          next = Math.min(files.length, next + BATCH_SIZE);
          const reply = expectReply(
            await w.call({ type: 'render', files: files.slice(start, next) }),
            'rendered',
          );
          reply.outcomes.forEach((outcome, i) => {
            outcomes[start + i] = outcome;
            if (outcome.ok) w.fileIndexes.push(start + i);
          });
        }
      }),
    );
    return outcomes;
  }

  async writeArticles(
    outDir: string,
    placementOf: (fileIndex: number) => ArticlePlacement,
  ): Promise<WriteStats> {
    const stats = await Promise.all(
      this.workers.map(async (w) => {
        for (let start = 0; start < w.fileIndexes.length; start += BATCH_SIZE) {
          // Not held while the worker writes: a batch that outlived a young-generation collection
          // went to the old one, which grew by hundreds of MB before it was collected.
          const reply = w.call({
            type: 'write',
            outDir,
            placements: w.fileIndexes.slice(start, start + BATCH_SIZE).map(placementOf),
          });
          expectReply(await reply, 'written');
        }
        return expectReply(await w.call({ type: 'finish' }), 'finished').stats;
      }),
    );
    return stats.reduce((a, b) => ({ files: a.files + b.files, bytes: a.bytes + b.bytes }), {
      files: 0,
      bytes: 0,
    });
  }

  async close(): Promise<void> {
    await Promise.all(
      this.workers.map(async (w) => {
        // Let each idle worker release its spill file; a busy or failed one is past asking.
        if (!w.busy) await w.call({ type: 'close' }).catch(() => {});
        await w.worker.terminate();
      }),
    );
  }
}
