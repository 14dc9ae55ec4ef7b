import * as v from 'valibot';
import { ArticleRefSchema } from './schemas';

/**
 * The search index (Pagefind) lives in this folder of the API; the app loads
 * `search/pagefind.js` from it on the search view only.
 */
export const SEARCH_FOLDER = 'search';

/** Filter names in the index: an article's label slugs and its month. */
export const SEARCH_FILTERS = { label: 'label', month: 'month' } as const;

/** The metadata of each record: what a result shows without fetching the article. */
export const SearchMetaSchema = v.object({
  ...ArticleRefSchema.entries,
  author: v.pipe(v.string(), v.minLength(1)),
  summary: v.string(),
});

export type SearchMeta = v.InferOutput<typeof SearchMetaSchema>;
