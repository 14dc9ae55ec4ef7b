import { apiPaths } from '../contract/api-paths';
import { apiUrl } from './api-url';
import { InvalidResponseError, NetworkError } from './errors';

/** The part of Pagefind's browser API (`search/pagefind.js`) the reader uses. */
export interface PagefindResult {
  /** The page's id, as in `search/labels/*.json` and `search/months/*.json`. */
  id: string;
  /** Relevance; results come highest first. */
  score: number;
  /** Where the searched words are in the article: positions in its text, counted in words. */
  words: number[];
  data: () => Promise<PagefindData>;
}

export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}

export interface PagefindSearch {
  results: PagefindResult[];
}

export interface Pagefind {
  search: (term: string) => Promise<PagefindSearch>;
}

type PagefindModule = Pagefind & { options: (options: Record<string, unknown>) => Promise<void> };

/** Words around the best match that a result shows. */
const EXCERPT_WORDS = 30;

let loading: Promise<Pagefind> | null = null;
let attempts = 0;

async function load(): Promise<Pagefind> {
  const url = apiUrl(apiPaths.searchBundle());
  // A failed import stays failed for that URL in some browsers, so a retry asks for a new one.
  const attempt = attempts++ > 0 ? `?attempt=${attempts}` : '';
  let module: Partial<PagefindModule>;
  try {
    module = (await import(/* @vite-ignore */ url + attempt)) as Partial<PagefindModule>;
  } catch (error) {
    throw new NetworkError(url, { cause: error });
  }
  if (typeof module.options !== 'function' || typeof module.search !== 'function')
    throw new InvalidResponseError(url, 'the search index is not a Pagefind bundle');
  await module.options({
    basePath: apiUrl(apiPaths.search()),
    // Records' URLs are reader paths (`paths.article`), so they resolve from the site's root.
    baseUrl: '/',
    excerptLength: EXCERPT_WORDS,
    excerptEllipsis: '…',
  });
  return module as PagefindModule;
}

/**
 * The search index's code, loaded on the first search only (the other views never pay for it).
 * Pagefind then fetches just the index chunks of the words searched and the fragments shown.
 */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= load().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
