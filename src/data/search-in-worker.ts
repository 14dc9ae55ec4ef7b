import { NetworkError } from './errors';
import type { SearchPage, SearchRequest } from './search-page';
import { errorFromData, type SearchAsk, type SearchReply } from './search-worker-messages';

type Waiting = { resolve: (page: SearchPage) => void; reject: (error: Error) => void };

let worker: Worker | null = null;
let nextId = 0;
const waiting = new Map<number, Waiting>();

function startWorker(): Worker {
  // Written out in the call, which is how Vite finds the worker to bundle.
  const started = new Worker(new URL('./search-worker.ts', import.meta.url), {
    type: 'module',
    name: 'search',
  });
  started.onmessage = ({ data }: MessageEvent<SearchReply>) => {
    const asked = waiting.get(data.id);
    waiting.delete(data.id);
    if ('page' in data) asked?.resolve(data.page);
    else asked?.reject(errorFromData(data.error));
  };
  // A worker that could not load or broke: what waits fails (with Retry), the next search starts anew.
  started.onerror = (event) => {
    event.preventDefault();
    started.terminate();
    if (worker === started) worker = null;
    for (const asked of waiting.values())
      asked.reject(new NetworkError('the search worker', { cause: event.message }));
    waiting.clear();
  };
  return started;
}

/** Searches the archive in the search worker, or in the page where there are no module workers. */
export function searchInWorker(request: SearchRequest): Promise<SearchPage> {
  if (typeof Worker === 'undefined') return import('./search-archive').then((m) => m.searchArchive(request));
  worker ??= startWorker();
  const ask: SearchAsk = { id: nextId++, request };
  const reply = new Promise<SearchPage>((resolve, reject) => waiting.set(ask.id, { resolve, reject }));
  worker.postMessage(ask);
  return reply;
}
