import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerReply, WorkerRequest } from './worker-article-store';
import { ArticleBatch } from './article-store';

const port = parentPort!;
const batch = new ArticleBatch((workerData as { timeZone: string }).timeZone);

port.on('message', (request: WorkerRequest) => {
  const reply: WorkerReply =
    request.type === 'render'
      ? { type: 'rendered', outcomes: batch.render(request.files) }
      : { type: 'written', stats: batch.write(request.outDir, request.positions, request.plan) };
  port.postMessage(reply);
});
