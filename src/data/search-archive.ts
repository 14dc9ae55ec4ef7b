import * as v from 'valibot';
import { apiPaths } from '../contract/api-paths';
import { SearchMetaSchema, SearchNarrowingSchema } from '../contract/search';
import { apiUrl } from './api-url';
import { InvalidResponseError, isNotFoundError } from './errors';
import { fetchJson } from './fetch-json';
import { SEARCH_PAGE_SIZE, type SearchHit, type SearchPage, type SearchRequest } from './search-page';
import type { Pagefind, PagefindData, PagefindResult } from './search-pagefind';
import { keepPhrases, parseSearchQuery, type SearchQuery } from './search-phrases';
import { rankedPage } from './search-rank';
import { searchTerm } from './search-term';

function hitOf(data: PagefindData): SearchHit {
  const meta = v.safeParse(SearchMetaSchema, data.meta);
  if (!meta.success)
    throw new InvalidResponseError(
      apiUrl(apiPaths.search()),
      `a result of the search index: ${meta.issues[0].message}`,
    );
  return { ...meta.output, labels: meta.output.labels.split(' ').filter(Boolean), excerpt: data.excerpt };
}

const newerFirst = (a: SearchHit, b: SearchHit) =>
  Date.parse(b.published) - Date.parse(a.published) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

/** The page ids of a label's or a month's articles; one the archive does not have has none. */
async function narrowing(path: string): Promise<Set<string>> {
  try {
    return new Set(await fetchJson(path, SearchNarrowingSchema));
  } catch (error) {
    if (isNotFoundError(error)) return new Set();
    throw error;
  }
}

type Matching = PagefindResult[];

/**
 * The last searches' results, so that turning a page of results searches nothing again. Only two:
 * each holds all its results (92,000 for a common word on 100,000 articles).
 */
export const RECENT_SEARCHES = 2;
const recent = new WeakMap<Pagefind, Map<string, Promise<Matching>>>();

async function search(pagefind: Pagefind, query: SearchQuery, narrowings: Set<string>[]): Promise<Matching> {
  // Without quotes: Pagefind would search a quoted query for its phrase itself (see keepPhrases).
  const { results } = await pagefind.search(query.words.join(' '));
  const narrowed = results.filter((result) => narrowings.every((ids) => ids.has(result.id)));
  return keepPhrases(pagefind, narrowed, query);
}

function searchOnce(pagefind: Pagefind, query: SearchQuery, narrowings: Set<string>[], key: string) {
  const searches = recent.get(pagefind) ?? new Map<string, Promise<Matching>>();
  recent.set(pagefind, searches);
  let matching = searches.get(key);
  if (!matching) {
    matching = search(pagefind, query, narrowings);
    matching.catch(() => searches.delete(key));
  }
  // Most recently used last: the first is the one to forget.
  searches.delete(key);
  searches.set(key, matching);
  if (searches.size > RECENT_SEARCHES) searches.delete(searches.keys().next().value!);
  return matching;
}

/** Searches the archive's index: one page of results, ranked by relevance, newest first on ties. */
export async function searchArchive({ q, label, month, page }: SearchRequest): Promise<SearchPage> {
  const query = parseSearchQuery(searchTerm(q));
  if (query.words.length === 0) return { page: 1, pageCount: 1, total: 0, items: [] };
  const [pagefind, narrowings] = await Promise.all([
    import('./search-pagefind').then((m) => m.loadPagefind()),
    Promise.all([
      ...(label ? [narrowing(apiPaths.searchLabel(label))] : []),
      ...(month ? [narrowing(apiPaths.searchMonth(month))] : []),
    ]),
  ]);
  const matching = await searchOnce(pagefind, query, narrowings, JSON.stringify([query, label, month]));
  const read = rankedPage(
    matching.map((result) => ({ score: result.score, data: async () => hitOf(await result.data()) })),
    page,
    SEARCH_PAGE_SIZE,
    newerFirst,
  );
  return {
    page,
    pageCount: Math.max(1, Math.ceil(matching.length / SEARCH_PAGE_SIZE)),
    total: matching.length,
    items: await read,
  };
}
