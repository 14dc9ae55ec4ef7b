import { searchArchive } from './search-archive';
import { errorToData, type SearchAsk, type SearchReply } from './search-worker-messages';

/**
 * The search worker: Pagefind and the whole search run here. Pagefind, loaded in a worker, searches
 * in it instead of starting a worker of its own, so its tens of thousands of results for a common
 * word are never copied to the page: only the page of results shown is.
 */
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<SearchAsk>) => void) | null;
  postMessage: (reply: SearchReply) => void;
};

scope.onmessage = ({ data: { id, request } }) => {
  searchArchive(request).then(
    (page) => scope.postMessage({ id, page }),
    (error: unknown) => scope.postMessage({ id, error: errorToData(error) }),
  );
};
