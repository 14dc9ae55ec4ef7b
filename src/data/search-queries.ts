import { queryOptions } from '@tanstack/react-query';
import { STALE_TIME } from './queries';
import { searchArchive, type SearchRequest } from './search-archive';
import { searchTerm } from './search-term';

/** A page of search results, keyed by what was searched (not by how the words were spaced). */
export const searchQuery = ({ q, label, month, page }: SearchRequest) =>
  queryOptions({
    queryKey: ['search', searchTerm(q), label, month, page],
    queryFn: () => searchArchive({ q, label, month, page }),
    staleTime: STALE_TIME,
  });
