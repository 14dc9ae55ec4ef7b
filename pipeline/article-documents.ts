import { apiPaths } from '../src/contract/api-paths';
import { ArticleSchema } from '../src/contract/schemas';
import type { Article, ArticleRef, ArticleSummary } from '../src/contract/schemas';
import type { JsonWriter } from './json-writer';
import { RELATED_MAX } from './related';
import type { ArticleMeta } from './render-article';

/** What writing an article file needs beyond the article itself: its neighbours in the archive. */
export interface ArticlesPlan {
  /** Every article's summary, in archive order (newest first). */
  summaries: ArticleSummary[];
  /** RELATED_MAX positions per article, -1 where empty. */
  related: Int32Array;
}

function refAt(summaries: ArticleSummary[], position: number): ArticleRef | null {
  const s = summaries[position];
  return s ? { slug: s.slug, title: s.title, published: s.published, month: s.month } : null;
}

export function articleDocument(
  meta: ArticleMeta,
  html: string,
  position: number,
  plan: ArticlesPlan,
): Article {
  const { summaries, related } = plan;
  const relatedSummaries: ArticleSummary[] = [];
  for (let slot = 0; slot < RELATED_MAX; slot++) {
    const p = related[position * RELATED_MAX + slot]!;
    if (p >= 0) relatedSummaries.push(summaries[p]!);
  }
  return {
    ...summaries[position]!,
    ...(meta.updated !== undefined && { updated: meta.updated }),
    html,
    words: meta.words,
    readingMinutes: meta.readingMinutes,
    newer: refAt(summaries, position - 1),
    older: refAt(summaries, position + 1),
    related: relatedSummaries,
  };
}

export function writeArticle(
  writer: JsonWriter,
  meta: ArticleMeta,
  html: string,
  position: number,
  plan: ArticlesPlan,
): Promise<void> {
  return writer.write(
    apiPaths.article(meta.slug),
    ArticleSchema,
    articleDocument(meta, html, position, plan),
  );
}
