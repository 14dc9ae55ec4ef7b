import type { QueryClient } from '@tanstack/react-query';
import { redirect } from 'react-router';
import { isNotFoundError } from '../data/errors';
import { loadResources } from '../data/load-resource';
import { matchUrl, type TargetOf, type View } from '../data/route-match';
import { sidebarResources, viewResources } from '../data/route-resources';
import { notFoundOrRedirect } from './not-found-or-redirect';

/**
 * What every view's loader does first: read the URL as the early entry did, start the sidebar's
 * queries without waiting for them, and wait for the view's own, all in parallel.
 */
export async function loadView<V extends View>(
  queryClient: QueryClient,
  request: Request,
  view: V,
): Promise<TargetOf<V>> {
  const url = new URL(request.url);
  const target = matchUrl(url);
  if (target.view === 'redirect') throw redirect(target.to);
  loadResources(queryClient, sidebarResources).catch(() => {});
  if (target.view !== view) return notFoundOrRedirect(queryClient, url);
  try {
    await loadResources(queryClient, viewResources(target));
  } catch (error) {
    if (isNotFoundError(error)) return notFoundOrRedirect(queryClient, url);
    throw error;
  }
  return target as TargetOf<V>;
}
