import type { QueryClient } from '@tanstack/react-query';
import { loadResources } from '../data/load-resource';
import { matchUrl } from '../data/route-match';
import { viewResources } from '../data/route-resources';
import type { Prefetch } from '../lib/prefetch-context';
import { loadReadingList } from '../routes/article/article-loader';
import { viewComponents, viewExtras } from './view-components';

/** Loads, ahead of a click, the same files and code the target view's loader and route need. */
export function createPrefetch(queryClient: QueryClient): Prefetch {
  return (to) => {
    const url = new URL(to, window.location.href);
    const target = matchUrl(url);
    const shown = target.view === 'redirect' ? matchUrl(target.to) : target;
    loadResources(queryClient, viewResources(target)).catch(() => {});
    viewComponents[shown.view]?.().catch(() => {});
    viewExtras[shown.view]?.().catch(() => {});
    if (shown.view === 'article') void loadReadingList(queryClient, url);
  };
}
