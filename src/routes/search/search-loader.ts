import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { searchTerm } from '../../data/search-term';
import { loadView } from '../load-view';
import { notFoundOrRedirect } from '../not-found-or-redirect';

/**
 * How long the view waits for its results before showing without them. Most searches finish
 * sooner and render whole; one for very common words on a large archive can take seconds, and then
 * the heading and a "Searching…" status show at once instead of the previous page lingering.
 */
const RESULTS_WAIT_MS = 300;

/** The search view's loader: the frame's files, then (briefly) the page of results. */
export const searchLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const target = await loadView(queryClient, request, 'search');
    if (!searchTerm(target.q)) return target;
    // The search engine's code loads only when a search runs.
    const { searchQuery } = await import('../../data/search-queries');
    const results = queryClient.query(searchQuery(target));
    // A late failure reaches the view through the query, which shows it with Retry.
    results.catch(() => {});
    const early = await Promise.race([
      results,
      new Promise<null>((resolve) => setTimeout(resolve, RESULTS_WAIT_MS, null)),
    ]);
    if (early && target.page > early.pageCount) return notFoundOrRedirect(queryClient, new URL(request.url));
    return target;
  };
