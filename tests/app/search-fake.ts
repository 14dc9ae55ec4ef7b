import { apiPaths } from '../../src/contract/api-paths';
import type { ArticleSummary, ListPage } from '../../src/contract/schemas';
import {
  SEARCH_PAGE_SIZE,
  type SearchHit,
  type SearchPage,
  type SearchRequest,
} from '../../src/data/search-page';
import { searchTerm } from '../../src/data/search-term';
import { readApiJson } from './fixture-api';

/** Every article of the fixture archive, newest first, as the pipeline listed them. */
function fixtureArticles(): ArticleSummary[] {
  const first = readApiJson(apiPaths.feed(1)) as unknown as ListPage;
  const pages = Array.from({ length: first.pageCount }, (_, i) =>
    i === 0 ? first : (readApiJson(apiPaths.feed(i + 1)) as unknown as ListPage),
  );
  return pages.flatMap((page) => page.items);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function hitOf(article: ArticleSummary, excerpt = article.summary): SearchHit {
  const { slug, title, published, month, author, summary } = article;
  return {
    slug,
    title,
    published,
    month,
    author,
    summary,
    labels: article.labels.map((l) => l.slug),
    excerpt,
  };
}

/** A page of `hits` as the real search pages them. */
export function pageOf(hits: SearchHit[], page: number): SearchPage {
  return {
    page,
    pageCount: Math.max(1, Math.ceil(hits.length / SEARCH_PAGE_SIZE)),
    total: hits.length,
    items: hits.slice((page - 1) * SEARCH_PAGE_SIZE, page * SEARCH_PAGE_SIZE),
  };
}

/**
 * Stands in for the Pagefind index in component tests: every word must appear in the title or
 * the summary; the summary, with those words marked, is the excerpt; newest first.
 */
export async function fakeSearch({ q, label, month, page }: SearchRequest): Promise<SearchPage> {
  const words = searchTerm(q)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (words.length === 0) return pageOf([], page);
  const hits = fixtureArticles()
    .filter((a) => words.every((w) => `${a.title} ${a.summary}`.toLowerCase().includes(w)))
    .filter((a) => !label || a.labels.some((l) => l.slug === label))
    .filter((a) => !month || a.month === month)
    .map((a) =>
      hitOf(
        a,
        a.summary.replace(new RegExp(`(${words.map(escapeRegExp).join('|')})`, 'gi'), '<mark>$1</mark>'),
      ),
    );
  return pageOf(hits, page);
}
