import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerReply, WorkerRequest } from './worker-article-store';
import { ArticleBatch } from './article-store';

const port = parentPort!;
const batch = new ArticleBatch((workerData as { timeZone: string }).timeZone);

async function answer(request: WorkerRequest): Promise<WorkerReply> {
  switch (request.type) {
    case 'render':
      return { type: 'rendered', outcomes: batch.render(request.files) };
    case 'write':
      await batch.write(request.outDir, request.placements);
      return { type: 'written' };
    case 'finish':
      return { type: 'finished', stats: batch.finish() };
    case 'close':
      batch.close();
      return { type: 'closed' };
  }
}

// A failure is left unhandled on purpose: it ends the worker, and the pool rejects the build with it.
port.on('message', (request: WorkerRequest) => void answer(request).then((reply) => port.postMessage(reply)));
