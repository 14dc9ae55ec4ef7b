import type { QueryClient } from '@tanstack/react-query';
import { data, redirect } from 'react-router';
import { paths } from '../contract/paths';
import { findRedirect } from '../data/find-redirect';
import { redirectsQuery } from '../data/queries';

/**
 * Ends a loader for a URL that shows nothing: a redirect when it is an old permalink of an
 * imported article, the not-found view otherwise.
 */
export async function notFoundOrRedirect(queryClient: QueryClient, url: URL): Promise<never> {
  const redirects = await queryClient.query(redirectsQuery()).catch(() => null);
  const to = redirects && findRedirect(redirects, url);
  if (to) throw redirect(paths.article(to));
  throw data('Not found', { status: 404 });
}
