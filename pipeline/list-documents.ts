import { apiPaths } from '../src/contract/api-paths';
import {
  ArchiveSchema,
  LabelsIndexSchema,
  ListPageSchema,
  RedirectsSchema,
  SiteSchema,
} from '../src/contract/schemas';
import type { Archive, ArticleSummary, ListPage, Month, Redirects } from '../src/contract/schemas';
import type { ArchiveIndex } from './archive-index';
import type { JsonWriter } from './json-writer';
import type { SiteConfig } from './site-config';

/** The pages of one list, newest first; an empty list is one empty page. */
export function listPages(summaries: ArticleSummary[], positions: number[], pageSize: number): ListPage[] {
  const total = positions.length;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  return Array.from({ length: pageCount }, (_, i) => ({
    page: i + 1,
    pageCount,
    total,
    items: positions.slice(i * pageSize, (i + 1) * pageSize).map((p) => summaries[p]!),
  }));
}

/** `archive.json`'s shape, for any newest-first list of month entries. */
export function archiveOf(months: { month: Month; count: number }[]): Archive {
  const years: Archive['years'] = [];
  for (const { month, count } of months) {
    const year = month.slice(0, 4);
    let entry = years.at(-1);
    if (entry?.year !== year) years.push((entry = { year, count: 0, months: [] }));
    entry.count += count;
    entry.months.push({ month, count });
  }
  return { years };
}

/** Positions grouped by month, newest first (positions are in archive order, so months come in order). */
function byMonth(articleMonths: Month[], positions: number[]): { month: Month; positions: number[] }[] {
  const groups: { month: Month; positions: number[] }[] = [];
  for (const p of positions) {
    const month = articleMonths[p]!;
    if (groups.at(-1)?.month !== month) groups.push({ month, positions: [] });
    groups.at(-1)!.positions.push(p);
  }
  return groups;
}

/** Every API file except the articles: the site, the two indexes, redirects, and every list page. */
export function writeListDocuments(
  writer: JsonWriter,
  index: ArchiveIndex,
  site: SiteConfig,
  redirects: Redirects,
): void {
  const { summaries, months, labels } = index;
  const pageSize = site.pageSize;
  writer.write(apiPaths.site(), SiteSchema, {
    title: site.title,
    description: site.description,
    timeZone: site.timeZone,
    articleCount: summaries.length,
    labelCount: labels.length,
    firstMonth: months.at(-1)?.month ?? null,
    lastMonth: months[0]?.month ?? null,
    pageSize,
  });
  writer.write(
    apiPaths.archive(),
    ArchiveSchema,
    archiveOf(months.map((m) => ({ month: m.month, count: m.positions.length }))),
  );
  writer.write(apiPaths.labels(), LabelsIndexSchema, {
    labels: labels.map(({ name, slug, positions }) => ({ name, slug, count: positions.length })),
  });
  writer.write(apiPaths.redirects(), RedirectsSchema, redirects);

  const all = summaries.map((_, p) => p);
  for (const page of listPages(summaries, all, pageSize))
    writer.write(apiPaths.feed(page.page), ListPageSchema, page);
  for (const { month, positions } of months) {
    for (const page of listPages(summaries, positions, pageSize)) {
      writer.write(apiPaths.month(month, page.page), ListPageSchema, page);
    }
  }
  const articleMonths = summaries.map((s) => s.month);
  for (const { slug, positions } of labels) {
    for (const page of listPages(summaries, positions, pageSize)) {
      writer.write(apiPaths.label(slug, page.page), ListPageSchema, page);
    }
    const labelMonths = byMonth(articleMonths, positions);
    writer.write(
      apiPaths.labelMonths(slug),
      ArchiveSchema,
      archiveOf(labelMonths.map((m) => ({ month: m.month, count: m.positions.length }))),
    );
    for (const { month, positions: inMonth } of labelMonths) {
      for (const page of listPages(summaries, inMonth, pageSize)) {
        writer.write(apiPaths.labelMonth(slug, month, page.page), ListPageSchema, page);
      }
    }
  }
}
