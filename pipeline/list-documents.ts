import { apiPaths } from '../src/contract/api-paths';
import {
  ArchiveSchema,
  LabelsIndexSchema,
  ListPageSchema,
  RedirectsSchema,
  SiteSchema,
} from '../src/contract/schemas';
import type { Archive, ListPage, Month, Redirects } from '../src/contract/schemas';
import type { ArchiveIndex } from './archive-index';
import type { JsonWriter } from './json-writer';
import { assertContract } from './json-writer';
import type { SiteConfig } from './site-config';

/** `archive.json`'s shape, for any newest-first list of months with counts. */
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

/** Positions grouped by month; positions are in archive order, so the months come newest first. */
function byMonth(articleMonths: Month[], positions: number[]): { month: Month; positions: number[] }[] {
  const groups: { month: Month; positions: number[] }[] = [];
  for (const p of positions) {
    const month = articleMonths[p]!;
    if (groups.at(-1)?.month !== month) groups.push({ month, positions: [] });
    groups.at(-1)!.positions.push(p);
  }
  return groups;
}

/**
 * Writes paged lists. A summary appears in about eight lists (feed, month, each label, each label's
 * month), so pages are joined from summaries checked against the contract and serialized once.
 */
class ListWriter {
  constructor(
    private readonly writer: JsonWriter,
    private readonly summaryJson: string[],
    private readonly pageSize: number,
  ) {}

  /** Every page of one list; an empty list is one empty page. */
  async write(pathOf: (page: number) => string, positions: number[]): Promise<void> {
    const total = positions.length;
    const pageCount = Math.max(1, Math.ceil(total / this.pageSize));
    for (let page = 1; page <= pageCount; page++) {
      const envelope: Omit<ListPage, 'items'> = { page, pageCount, total };
      assertContract(pathOf(page), ListPageSchema, { ...envelope, items: [] });
      const items = positions
        .slice((page - 1) * this.pageSize, page * this.pageSize)
        .map((p) => this.summaryJson[p]);
      // Same bytes as JSON.stringify({ ...envelope, items }).
      await this.writer.writeChecked(
        pathOf(page),
        `${JSON.stringify(envelope).slice(0, -1)},"items":[${items.join(',')}]}`,
      );
    }
  }
}

/** Every API file except the articles: the site, the indexes, the redirects, and every list page. */
export async function writeListDocuments(
  writer: JsonWriter,
  index: ArchiveIndex,
  /** `index.summaries`, checked and serialized (see `serializeSummaries`). */
  summaryJson: string[],
  site: SiteConfig,
  redirects: Redirects,
): Promise<void> {
  const { summaries, months, labels } = index;
  await writer.write(apiPaths.site(), SiteSchema, {
    title: site.title,
    description: site.description,
    timeZone: site.timeZone,
    articleCount: summaries.length,
    labelCount: labels.length,
    firstMonth: months.at(-1)?.month ?? null,
    lastMonth: months[0]?.month ?? null,
    pageSize: site.pageSize,
  });
  const counted = (groups: { month: Month; positions: number[] }[]) =>
    archiveOf(groups.map((m) => ({ month: m.month, count: m.positions.length })));
  await writer.write(apiPaths.archive(), ArchiveSchema, counted(months));
  await writer.write(apiPaths.labels(), LabelsIndexSchema, {
    labels: labels.map(({ name, slug, positions }) => ({ name, slug, count: positions.length })),
  });
  await writer.write(apiPaths.redirects(), RedirectsSchema, redirects);

  const lists = new ListWriter(writer, summaryJson, site.pageSize);
  await lists.write(
    (page) => apiPaths.feed(page),
    summaries.map((_, p) => p),
  );
  for (const { month, positions } of months)
    await lists.write((page) => apiPaths.month(month, page), positions);
  const articleMonths = summaries.map((s) => s.month);
  for (const { slug, positions } of labels) {
    await lists.write((page) => apiPaths.label(slug, page), positions);
    const labelMonths = byMonth(articleMonths, positions);
    await writer.write(apiPaths.labelMonths(slug), ArchiveSchema, counted(labelMonths));
    for (const { month, positions: inMonth } of labelMonths) {
      await lists.write((page) => apiPaths.labelMonth(slug, month, page), inMonth);
    }
  }
}
