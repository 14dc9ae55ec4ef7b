import type { QueryClient } from '@tanstack/react-query';
import { redirect, type LoaderFunctionArgs } from 'react-router';
import { paths } from '../../contract/paths';
import { findRedirect } from '../../data/find-redirect';
import { articleQuery, redirectsQuery } from '../../data/queries';
import { loadView } from '../load-view';

/** The list context's code and data, loaded only when the URL names a list (by the loader and on hover). */
export function loadReadingList(queryClient: QueryClient, url: URL) {
  return url.searchParams.has('from')
    ? import('./list-position-nav').then((m) => m.loadReadingListNav(queryClient, url)).catch(() => null)
    : null;
}

export const articleLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const url = new URL(request.url);
    const readingList = loadReadingList(queryClient, url);
    const target = await loadView(queryClient, request, 'article');
    const article = await queryClient.query(articleQuery(target.slug));
    if (target.legacy) {
      // An imported article's old permalink wins over a same-named article.
      const old = findRedirect(await queryClient.query(redirectsQuery()), new URL(request.url));
      if (old) throw redirect(paths.article(old));
    }
    if (target.legacy || article.month !== target.month) throw redirect(paths.article(article));
    return { ...target, readingList: await readingList };
  };
