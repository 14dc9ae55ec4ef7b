import * as v from 'valibot';
import { apiPaths } from '../contract/api-paths';
import type { Month } from '../contract/schemas';
import { SEARCH_FILTERS, SearchMetaSchema, type SearchMeta } from '../contract/search';
import { apiUrl } from './api-url';
import { InvalidResponseError } from './errors';
import type { PagefindData } from './search-pagefind';
import { searchTerm } from './search-term';

/** What the search view asks: the words as typed, the filters and the page, all from its URL. */
export interface SearchRequest {
  q: string;
  label: string | null;
  month: Month | null;
  page: number;
}

/** One result: the article's metadata, its label slugs, and an excerpt with `<mark>`ed words. */
export interface SearchHit extends SearchMeta {
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

function hitOf(data: PagefindData): SearchHit {
  const meta = v.safeParse(SearchMetaSchema, data.meta);
  if (!meta.success)
    throw new InvalidResponseError(
      apiUrl(apiPaths.search()),
      `a result of the search index: ${meta.issues[0].message}`,
    );
  return { ...meta.output, labels: data.filters[SEARCH_FILTERS.label] ?? [], excerpt: data.excerpt };
}

/** Searches the archive's index: one page of results, ranked by relevance, newest first on ties. */
export async function searchArchive({ q, label, month, page }: SearchRequest): Promise<SearchPage> {
  const term = searchTerm(q);
  if (!term) return { page: 1, pageCount: 1, total: 0, items: [] };
  const pagefind = await (await import('./search-pagefind')).loadPagefind();
  const filters: Record<string, string> = {
    ...(label && { [SEARCH_FILTERS.label]: label }),
    ...(month && { [SEARCH_FILTERS.month]: month }),
  };
  // Best first; equally relevant results come in index order, which the pipeline made newest first.
  const { results } = await pagefind.search(term, { filters });
  const shown = results.slice((page - 1) * SEARCH_PAGE_SIZE, page * SEARCH_PAGE_SIZE);
  return {
    page,
    pageCount: Math.max(1, Math.ceil(results.length / SEARCH_PAGE_SIZE)),
    total: results.length,
    items: (await Promise.all(shown.map((result) => result.data()))).map(hitOf),
  };
}
