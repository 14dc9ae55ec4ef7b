import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { inject } from 'vitest';
import { API_PREFIX, apiPaths } from '../../src/contract/api-paths';
import {
  ArchiveSchema,
  ArticleSchema,
  LabelsIndexSchema,
  ListPageSchema,
  SiteSchema,
  type Month,
} from '../../src/contract/schemas';

/**
 * The built API, read from `dist/` through the contract's schemas, so the tests pick their targets
 * (articles, months, labels) from whatever the sample archive holds instead of hard-coding titles.
 */
function read<T extends v.GenericSchema>(schema: T, file: string): v.InferOutput<T> {
  return v.parse(schema, JSON.parse(readFileSync(join(inject('distDir'), API_PREFIX, file), 'utf8')));
}

function exists(file: string): boolean {
  return existsSync(join(inject('distDir'), API_PREFIX, file));
}

export const builtApi = {
  site: () => read(SiteSchema, apiPaths.site()),
  archive: () => read(ArchiveSchema, apiPaths.archive()),
  labels: () => read(LabelsIndexSchema, apiPaths.labels()),
  article: (slug: string) => read(ArticleSchema, apiPaths.article(slug)),
  articleExists: (slug: string) => exists(apiPaths.article(slug)),
  feed: (page = 1) => read(ListPageSchema, apiPaths.feed(page)),
  month: (month: Month, page = 1) => read(ListPageSchema, apiPaths.month(month, page)),
  label: (label: string, page = 1) => read(ListPageSchema, apiPaths.label(label, page)),
  labelMonths: (label: string) => read(ArchiveSchema, apiPaths.labelMonths(label)),
  labelMonth: (label: string, month: Month, page = 1) =>
    read(ListPageSchema, apiPaths.labelMonth(label, month, page)),
};

/** Every month with articles, newest first. */
export function allMonths(): { month: Month; count: number }[] {
  return builtApi.archive().years.flatMap((year) => year.months);
}

/** An article with both a newer and an older neighbour. */
export function middleArticle() {
  const summary = builtApi.feed().items[1];
  if (!summary) throw new Error('The sample archive needs at least 3 articles');
  return builtApi.article(summary.slug);
}

/** A label and a month where the label narrows the month (and the month narrows the label). */
export function labelWithinMonth() {
  const monthCounts = new Map(allMonths().map((m) => [m.month, m.count]));
  for (const label of builtApi.labels().labels) {
    const months = builtApi.labelMonths(label.slug).years.flatMap((year) => year.months);
    if (months.length < 2) continue;
    const narrowing = months.find((m) => m.count < (monthCounts.get(m.month) ?? 0));
    if (narrowing) return { label, month: narrowing.month, count: narrowing.count };
  }
  throw new Error('The sample archive has no label that narrows a month');
}

/** "June 2008" for "2008-06", as a reader writes it. */
export function monthName(month: Month): string {
  return new Date(`${month}-15T12:00:00Z`).toLocaleDateString('en-US', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
