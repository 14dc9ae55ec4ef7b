import type { Month } from '../contract/schemas';
import type { SearchMeta } from '../contract/search';

/** What the search view asks: the words as typed, the filters and the page, all from its URL. */
export interface SearchRequest {
  q: string;
  label: string | null;
  month: Month | null;
  page: number;
}

/** One result: the article's metadata, its label slugs, and an excerpt with `<mark>`ed words. */
export interface SearchHit extends Omit<SearchMeta, 'labels'> {
  labels: string[];
  /** Plain text in which only `<mark>` and `</mark>` are markup (see `excerptParts`). */
  excerpt: string;
}

export interface SearchPage {
  page: number;
  pageCount: number;
  total: number;
  items: SearchHit[];
}

export const SEARCH_PAGE_SIZE = 10;
