import { FEED_FILES, type FeedFormat } from './feeds';
import type { Month } from './schemas';
import { SEARCH_FOLDER } from './search';

/**
 * The files of the static API, relative to its base (`/api/v1/` on our own site).
 * The pipeline writes exactly these paths; the app and the tests read them.
 */
export const apiPaths = {
  site: () => 'site.json',
  archive: () => 'archive.json',
  labels: () => 'labels.json',
  article: (slug: string) => `articles/${slug}.json`,
  feed: (page: number) => `feed/${page}.json`,
  month: (month: Month, page: number) => `months/${month}/${page}.json`,
  label: (label: string, page: number) => `labels/${label}/${page}.json`,
  labelMonths: (label: string) => `labels/${label}/months.json`,
  labelMonth: (label: string, month: Month, page: number) => `labels/${label}/months/${month}/${page}.json`,
  redirects: () => 'redirects.json',
  siteFeed: (format: FeedFormat) => `feeds/${FEED_FILES[format]}`,
  labelFeed: (label: string, format: FeedFormat) => `feeds/labels/${label}/${FEED_FILES[format]}`,
  /** The folder of the search index; `search/pagefind.js` is its entry. */
  search: () => `${SEARCH_FOLDER}/`,
  searchBundle: () => `${SEARCH_FOLDER}/pagefind.js`,
  /** The ids (in the search index) of one label's articles, and of one month's. */
  searchLabel: (label: string) => `${SEARCH_FOLDER}/labels/${label}.json`,
  searchMonth: (month: Month) => `${SEARCH_FOLDER}/months/${month}.json`,
};

/** The folder every `apiPaths` file lives in on our own site (under `public/` and `dist/`). */
export const API_PREFIX = 'api/v1';
