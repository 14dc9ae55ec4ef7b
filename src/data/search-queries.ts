import { queryOptions } from '@tanstack/react-query';
import { STALE_TIME } from './queries';
import { searchInWorker } from './search-in-worker';
import type { SearchRequest } from './search-page';
import { searchTerm } from './search-term';

/** A page of search results, keyed by what was searched (not by how the words were spaced). */
export const searchQuery = ({ q, label, month, page }: SearchRequest) =>
  queryOptions({
    queryKey: ['search', searchTerm(q), label, month, page],
    queryFn: () => searchInWorker({ q, label, month, page }),
    staleTime: STALE_TIME,
  });
