import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { searchTerm } from '../../data/search-term';
import { loadDeferred } from '../../lib/deferred-module';
import { afterViewShown, isViewShown } from '../../lib/view-shown';
import { loadView } from '../load-view';
import { notFoundOrRedirect } from '../not-found-or-redirect';
import { searchHitsModule } from './search-hits-module';

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
    const search = () =>
      import('../../data/search-queries').then(({ searchQuery }) => queryClient.query(searchQuery(target)));
    // On a page opened at a search, the view shows at once and the engine (Pagefind, ~25 KB of
    // code) loads once it has, not before it; a page beyond the last then says so in the view.
    if (!isViewShown()) {
      afterViewShown(() => void search().catch(() => {}));
      return target;
    }
    const results = search();
    // A late failure reaches the view through the query, which shows it with Retry.
    results.catch(() => {});
    // With the results' code, so that they render with the view.
    const whole = Promise.all([results, loadDeferred(searchHitsModule).catch(() => null)]).then(
      ([page]) => page,
    );
    const early = await Promise.race([
      whole,
      new Promise<null>((resolve) => setTimeout(resolve, RESULTS_WAIT_MS, null)),
    ]);
    if (early && target.page > early.pageCount) return notFoundOrRedirect(queryClient, new URL(request.url));
    return target;
  };
