import type { QueryClient } from '@tanstack/react-query';
import { loadResources } from '../data/load-resource';
import { matchUrl } from '../data/route-match';
import { viewResources } from '../data/route-resources';
import type { Prefetch } from '../lib/prefetch-context';
import { viewComponents, viewExtras } from './view-components';

/** Loads, ahead of a click, the same files and code the target view's loader and route need. */
export function createPrefetch(queryClient: QueryClient): Prefetch {
  return (to) => {
    const target = matchUrl(new URL(to, window.location.href));
    const shown = target.view === 'redirect' ? matchUrl(target.to) : target;
    loadResources(queryClient, viewResources(target)).catch(() => {});
    viewComponents[shown.view]?.().catch(() => {});
    viewExtras[shown.view]?.().catch(() => {});
  };
}
