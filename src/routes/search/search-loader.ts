import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { searchTerm } from '../../data/search-term';
import { loadView } from '../load-view';
import { notFoundOrRedirect } from '../not-found-or-redirect';

/** The search view's loader: the frame's files, then the page of results (a page past the last is not found). */
export const searchLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const target = await loadView(queryClient, request, 'search');
    if (searchTerm(target.q)) {
      // The search engine's code loads only when a search runs.
      const { searchQuery } = await import('../../data/search-queries');
      const results = await queryClient.query(searchQuery(target));
      if (target.page > results.pageCount) return notFoundOrRedirect(queryClient, new URL(request.url));
    }
    return target;
  };
