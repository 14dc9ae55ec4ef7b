import * as v from 'valibot';
import type { ArticleSummary } from '../src/contract/schemas';
import { ArticleSchema, ArticleSummarySchema } from '../src/contract/schemas';
import { assertContract } from './json-writer';
import type { ArticleMeta } from './render-article';

/**
 * The parts of an article document that come from its place in the archive, already serialized
 * from summaries checked against the contract: a worker receives strings, which cross threads far
 * more cheaply than objects, and joins them to the parts it rendered.
 */
export interface ArticlePlacement {
  slug: string;
  /** The article's summary, as JSON. */
  summaryJson: string;
  /** `"newer":…,"older":…,"related":[…]`. */
  placedJson: string;
}

/** Each summary checked against the contract and serialized once: it appears in many lists and articles. */
export function serializeSummaries(summaries: ArticleSummary[]): string[] {
  return summaries.map((summary) => {
    assertContract(`the summary of ${summary.slug}`, ArticleSummarySchema, summary);
    return JSON.stringify(summary);
  });
}

/** The placement of every article, by its position in the archive. */
export function placeArticles(
  summaries: ArticleSummary[],
  summaryJson: string[],
  related: (position: number) => number[],
): (position: number) => ArticlePlacement {
  const refJson = summaries.map(({ slug, title, published, month }) =>
    JSON.stringify({ slug, title, published, month }),
  );
  return (position) => ({
    slug: summaries[position]!.slug,
    summaryJson: summaryJson[position]!,
    placedJson:
      `"newer":${refJson[position - 1] ?? null},"older":${refJson[position + 1] ?? null},` +
      `"related":[${related(position)
        .map((p) => summaryJson[p])
        .join(',')}]`,
  });
}

const OwnFieldsSchema = v.object({
  updated: ArticleSchema.entries.updated,
  html: ArticleSchema.entries.html,
  words: ArticleSchema.entries.words,
  readingMinutes: ArticleSchema.entries.readingMinutes,
});

type OwnFields = Pick<ArticleMeta, 'updated' | 'words' | 'readingMinutes'> & { html: string };

/**
 * An article document as JSON: the bytes of `JSON.stringify(article)`, keys in the contract's order.
 * The placement was checked where it was made; the article's own fields are checked here.
 */
export function articleJson(own: OwnFields, placement: ArticlePlacement): string {
  assertContract(`the article ${placement.slug}`, OwnFieldsSchema, own);
  const updated = own.updated === undefined ? '' : `,"updated":${JSON.stringify(own.updated)}`;
  return (
    `${placement.summaryJson.slice(0, -1)}${updated},"html":${JSON.stringify(own.html)},` +
    `"words":${own.words},"readingMinutes":${own.readingMinutes},${placement.placedJson}}`
  );
}
