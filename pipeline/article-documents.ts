import type { Article, ArticleRef, ArticleSummary } from '../src/contract/schemas';
import type { ArticleMeta } from './render-article';

/** The parts of an article document that come from its place in the archive. */
export interface ArticlePlacement {
  summary: ArticleSummary;
  newer: ArticleRef | null;
  older: ArticleRef | null;
  related: ArticleSummary[];
}

export function articleDocument(
  meta: Pick<ArticleMeta, 'updated' | 'words' | 'readingMinutes'>,
  html: string,
  placement: ArticlePlacement,
): Article {
  return {
    ...placement.summary,
    ...(meta.updated !== undefined && { updated: meta.updated }),
    html,
    words: meta.words,
    readingMinutes: meta.readingMinutes,
    newer: placement.newer,
    older: placement.older,
    related: placement.related,
  };
}
