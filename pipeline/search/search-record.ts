import type { CustomRecord } from 'pagefind';
import { paths } from '../../src/contract/paths';
import type { Article } from '../../src/contract/schemas';
import { SearchMetaSchema, type SearchMeta } from '../../src/contract/search';
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
 * One article as a Pagefind record: found by its words, shown by its metadata. It has neither
 * filters nor a sort key: on a large archive both make Pagefind's searches slow (they count or
 * look up every result); labels and months narrow a search through lists of page ids instead.
 */
export function searchRecord(article: Article): CustomRecord {
  const meta: SearchMeta = {
    slug: article.slug,
    title: article.title,
    published: article.published,
    month: article.month,
    author: article.author,
    summary: article.summary,
    labels: article.labels.map((l) => l.slug).join(' '),
  };
  assertContract(`the search record of ${article.slug}`, SearchMetaSchema, meta);
  return {
    url: paths.article(article),
    content: searchableText(article),
    language: SEARCH_LANGUAGE,
    meta,
  };
}
