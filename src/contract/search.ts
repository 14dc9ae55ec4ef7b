import * as v from 'valibot';
import { ArticleRefSchema, SlugSchema } from './schemas';

/**
 * The search index (Pagefind) lives in this folder of the API; the app loads
 * `search/pagefind.js` from it on the search view only.
 */
export const SEARCH_FOLDER = 'search';

/** The metadata of each record: what a result shows without fetching the article. */
export const SearchMetaSchema = v.object({
  ...ArticleRefSchema.entries,
  author: v.pipe(v.string(), v.minLength(1)),
  summary: v.string(),
  /** The article's label slugs, separated by spaces (Pagefind's metadata is text). */
  labels: v.pipe(
    v.string(),
    v.check(
      (s) => s === '' || s.split(' ').every((slug) => v.is(SlugSchema, slug)),
      'label slugs separated by spaces',
    ),
  ),
});

export type SearchMeta = v.InferOutput<typeof SearchMetaSchema>;

/**
 * The articles of one label or one month, as the ids of their Pagefind pages. Searches narrow
 * their results with these instead of Pagefind's own filters, which on a large archive make
 * every later search count every filter value over every result (seconds, then tens of seconds).
 */
export const SearchNarrowingSchema = v.array(v.pipe(v.string(), v.regex(/^[\w-]+$/, 'a Pagefind page id')));

export type SearchNarrowing = v.InferOutput<typeof SearchNarrowingSchema>;
