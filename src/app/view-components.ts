import type { ComponentType } from 'react';
import type { View } from '../data/route-match';
import { loadDeferred } from '../lib/deferred-module';
import { searchHitsModule } from '../routes/search/search-hits-module';

/**
 * Each view's code, loaded on first use. The route table and link prefetching share these
 * functions, so a hovered link has already fetched the chunk its click needs.
 */
export const viewComponents: Partial<Record<View, () => Promise<ComponentType>>> = {
  feed: () => import('../routes/feed/feed-page').then((m) => m.FeedPage),
  article: () => import('../routes/article/article-page').then((m) => m.ArticlePage),
  archive: () => import('../routes/archive/archive-page').then((m) => m.ArchivePage),
  year: () => import('../routes/year/year-page').then((m) => m.YearPage),
  month: () => import('../routes/month/month-page').then((m) => m.MonthPage),
  labels: () => import('../routes/labels/labels-page').then((m) => m.LabelsPage),
  label: () => import('../routes/label/label-page').then((m) => m.LabelPage),
  search: () => import('../routes/search/search-page').then((m) => m.SearchPage),
};

/** What a view loads only after its first paint; prefetching a link to it loads this too. */
export const viewExtras: Partial<Record<View, () => Promise<unknown>>> = {
  article: () => import('../routes/article/article-page').then((m) => m.preloadArticleExtras()),
  search: () => loadDeferred(searchHitsModule),
};
