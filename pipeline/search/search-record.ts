import type { CustomRecord } from 'pagefind';
import { paths } from '../../src/contract/paths';
import type { Article } from '../../src/contract/schemas';
import { SEARCH_FILTERS, SearchMetaSchema, type SearchMeta } from '../../src/contract/search';
import { assertContract } from '../json-writer';
import { htmlToText } from '../plain-text';

export const SEARCH_LANGUAGE = 'en';

/** Title, summary and body, as one text; a summary derived from the body is not repeated. */
function searchableText(article: Article): string {
  const body = htmlToText(article.html);
  const title = /[.!?…:]$/.test(article.title) ? article.title : `${article.title}.`;
  const summary = article.summary.replace(/…$/, '');
  const parts = [title, summary && !body.startsWith(summary) ? article.summary : '', body];
  return parts.filter(Boolean).join(' ');
}

/**
 * One article as a Pagefind record: found by its words, filtered by label and month. It has no sort
 * key: records go in newest first, and Pagefind ranks equally relevant pages in that order.
 */
export function searchRecord(article: Article): CustomRecord {
  const meta: SearchMeta = {
    slug: article.slug,
    title: article.title,
    published: article.published,
    month: article.month,
    author: article.author,
    summary: article.summary,
  };
  assertContract(`the search record of ${article.slug}`, SearchMetaSchema, meta);
  return {
    url: paths.article(article),
    content: searchableText(article),
    language: SEARCH_LANGUAGE,
    meta,
    filters: {
      [SEARCH_FILTERS.month]: [article.month],
      ...(article.labels.length > 0 && { [SEARCH_FILTERS.label]: article.labels.map((l) => l.slug) }),
    },
  };
}
