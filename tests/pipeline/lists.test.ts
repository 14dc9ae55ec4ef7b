import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiPaths } from '../../src/contract/api-paths';
import type { Archive, Article, LabelsIndex, ListPage, Site } from '../../src/contract/schemas';
import { articleFile, buildOk, dailyArticles, writeContent } from './helpers';

const PAGE_SIZE = 3;

async function feedPages(articleCount: number) {
  const { read, outDir } = await buildOk(writeContent(dailyArticles(articleCount), { pageSize: PAGE_SIZE }));
  const first = read<ListPage>(apiPaths.feed(1));
  const pages = Array.from({ length: first.pageCount }, (_, i) => read<ListPage>(apiPaths.feed(i + 1)));
  return { pages, outDir, read };
}

describe('order', () => {
  it('is newest first by instant, not by the text of the date, with ties broken by slug', async () => {
    const { read } = await buildOk(
      writeContent({
        'b-tie.md': articleFile({ published: '2008-06-02T10:00:00Z' }),
        'a-tie.md': articleFile({ published: '2008-06-02T12:00:00+02:00' }),
        'later.md': articleFile({ published: '2008-06-02T05:00:00-07:00' }),
        'earlier.md': articleFile({ published: '2008-06-01T23:00:00Z' }),
      }),
    );
    const slugs = read<ListPage>('feed/1.json').items.map((i) => i.slug);
    expect(slugs).toEqual(['later', 'a-tie', 'b-tie', 'earlier']);
    const article = (slug: string) => read<Article>(apiPaths.article(slug));
    expect(article('later').newer).toBeNull();
    expect(article('later').older?.slug).toBe('a-tie');
    expect(article('a-tie').newer?.slug).toBe('later');
    expect(article('b-tie').older).toEqual({
      slug: 'earlier',
      title: 'A title',
      published: '2008-06-01T23:00:00Z',
      month: '2008-06',
    });
    expect(article('earlier').older).toBeNull();
  });
});

describe('paging', () => {
  it('writes one empty feed page for an empty archive, and no other list', async () => {
    const { pages, outDir, read } = await feedPages(0);
    expect(pages).toEqual([{ page: 1, pageCount: 1, total: 0, items: [] }]);
    expect(read<Site>('site.json')).toMatchObject({
      articleCount: 0,
      labelCount: 0,
      firstMonth: null,
      lastMonth: null,
    });
    expect(read<Archive>('archive.json')).toEqual({ years: [] });
    expect(read<LabelsIndex>('labels.json')).toEqual({ labels: [] });
    expect(existsSync(path.join(outDir, 'months'))).toBe(false);
  });

  it.each([
    [1, [1]],
    [PAGE_SIZE, [PAGE_SIZE]],
    [PAGE_SIZE + 1, [PAGE_SIZE, 1]],
    [2 * PAGE_SIZE, [PAGE_SIZE, PAGE_SIZE]],
  ])('splits %i articles into pages of %j', async (count, sizes) => {
    const { pages, outDir } = await feedPages(count);
    expect(pages.map((p) => p.items.length)).toEqual(sizes);
    expect(pages.map((p) => [p.page, p.pageCount, p.total])).toEqual(
      sizes.map((_, i) => [i + 1, sizes.length, count]),
    );
    expect(pages.flatMap((p) => p.items.map((i) => i.slug))).toEqual(
      Array.from({ length: count }, (_, i) => `a${String(count - i).padStart(3, '0')}`),
    );
    expect(existsSync(path.join(outDir, apiPaths.feed(sizes.length + 1)))).toBe(false);
  });
});

describe('counts', () => {
  it('agree across site.json, archive.json, labels.json, the label month files and the lists', async () => {
    const labels = ['KVM', 'Xen', 'Red Hat', 'C++', 'C'];
    // 40 articles, one a day from January 1st 2008: January and February; labels in a varied pattern.
    const content = writeContent(
      dailyArticles(40, (i) => labels.filter((_, l) => (i + l) % (l + 2) === 0)),
      { pageSize: PAGE_SIZE },
    );
    const { read } = await buildOk(content);
    const site = read<Site>('site.json');
    const archive = read<Archive>('archive.json');
    const labelsIndex = read<LabelsIndex>('labels.json');
    const allPages = (pathOf: (page: number) => string) => {
      const first = read<ListPage>(pathOf(1));
      return Array.from({ length: first.pageCount }, (_, i) => read<ListPage>(pathOf(i + 1)));
    };
    const itemsOf = (pathOf: (page: number) => string) => allPages(pathOf).flatMap((p) => p.items);

    expect(site.articleCount).toBe(40);
    expect(itemsOf(apiPaths.feed)).toHaveLength(40);
    expect(archive.years.reduce((n, y) => n + y.count, 0)).toBe(40);
    for (const year of archive.years) {
      expect(year.months.reduce((n, m) => n + m.count, 0)).toBe(year.count);
      for (const { month, count } of year.months) {
        const items = itemsOf((page) => apiPaths.month(month, page));
        expect(items).toHaveLength(count);
        expect(items.every((i) => i.month === month)).toBe(true);
      }
    }

    expect(site.labelCount).toBe(labels.length);
    expect(labelsIndex.labels.map((l) => l.slug)).toEqual(['c', 'c-plus-plus', 'kvm', 'red-hat', 'xen']);
    for (const { slug, count, name } of labelsIndex.labels) {
      const items = itemsOf((page) => apiPaths.label(slug, page));
      expect(items).toHaveLength(count);
      expect(items.every((i) => i.labels.some((l) => l.slug === slug && l.name === name))).toBe(true);
      const labelMonths = read<Archive>(apiPaths.labelMonths(slug));
      expect(labelMonths.years.reduce((n, y) => n + y.count, 0)).toBe(count);
      for (const { month, count: inMonth } of labelMonths.years.flatMap((y) => y.months)) {
        const monthItems = itemsOf((page) => apiPaths.labelMonth(slug, month, page));
        expect(monthItems).toHaveLength(inMonth);
        expect(monthItems.every((i) => i.month === month && i.labels.some((l) => l.slug === slug))).toBe(
          true,
        );
      }
    }
  });

  it('lists a label within a month: "KVM in June 2008", newest first', async () => {
    const content = writeContent(
      {
        'kvm-may.md': articleFile({ labels: ['KVM'], published: '2008-05-20T10:00:00Z' }),
        'kvm-june-1.md': articleFile({ labels: ['KVM', 'Xen'], published: '2008-06-03T10:00:00Z' }),
        'kvm-june-2.md': articleFile({ labels: ['KVM'], published: '2008-06-20T10:00:00Z' }),
        'xen-june.md': articleFile({ labels: ['Xen'], published: '2008-06-10T10:00:00Z' }),
      },
      { pageSize: 1 },
    );
    const { read, outDir } = await buildOk(content);
    expect(read<Archive>(apiPaths.labelMonths('kvm'))).toEqual({
      years: [
        {
          year: '2008',
          count: 3,
          months: [
            { month: '2008-06', count: 2 },
            { month: '2008-05', count: 1 },
          ],
        },
      ],
    });
    const page1 = read<ListPage>(apiPaths.labelMonth('kvm', '2008-06', 1));
    const page2 = read<ListPage>(apiPaths.labelMonth('kvm', '2008-06', 2));
    expect([page1, page2].map((p) => [p.page, p.pageCount, p.total, p.items.map((i) => i.slug)])).toEqual([
      [1, 2, 2, ['kvm-june-2']],
      [2, 2, 2, ['kvm-june-1']],
    ]);
    expect(existsSync(path.join(outDir, apiPaths.labelMonth('xen', '2008-05', 1)))).toBe(false);
  });
});
