import { describe, expect, it } from 'vitest';
import type { Archive, Article, ListPage, Site } from '../../src/contract/schemas';
import { articleFile, buildOk, writeContent } from './helpers';

// 23:30 in California on June 30th is 06:30 UTC on July 1st.
const boundary = articleFile({ title: 'Late June in California', published: '2008-06-30T23:30:00-07:00' });
const midJune = articleFile({ title: 'Mid June', published: '2008-06-15T12:00:00Z' });

describe('the month an article belongs to', () => {
  it('is its month in the site time zone: July on a UTC site', async () => {
    const { read } = await buildOk(
      writeContent({ 'late.md': boundary, 'mid.md': midJune }, { timeZone: 'UTC' }),
    );
    expect(read<Article>('articles/late.json').month).toBe('2008-07');
    expect(read<ListPage>('months/2008-07/1.json').items.map((i) => i.slug)).toEqual(['late']);
    expect(read<ListPage>('months/2008-06/1.json').items.map((i) => i.slug)).toEqual(['mid']);
    expect(read<Archive>('archive.json')).toEqual({
      years: [
        {
          year: '2008',
          count: 2,
          months: [
            { month: '2008-07', count: 1 },
            { month: '2008-06', count: 1 },
          ],
        },
      ],
    });
    expect(read<Site>('site.json')).toMatchObject({ firstMonth: '2008-06', lastMonth: '2008-07' });
  });

  it('is June on a site in California, and the published text keeps its own offset', async () => {
    const content = writeContent(
      { 'late.md': boundary, 'mid.md': midJune },
      { timeZone: 'America/Los_Angeles' },
    );
    const { read } = await buildOk(content);
    const article = read<Article>('articles/late.json');
    expect(article.month).toBe('2008-06');
    expect(article.published).toBe('2008-06-30T23:30:00-07:00');
    expect(read<ListPage>('months/2008-06/1.json').items.map((i) => i.slug)).toEqual(['late', 'mid']);
  });

  it('moves across a year boundary too, east of UTC', async () => {
    const newYear = articleFile({ title: 'New Year', published: '2008-12-31T23:30:00Z' });
    const { read } = await buildOk(writeContent({ 'new-year.md': newYear }, { timeZone: 'Asia/Tokyo' }));
    expect(read<Article>('articles/new-year.json').month).toBe('2009-01');
    expect(read<Archive>('archive.json').years.map((y) => y.year)).toEqual(['2009']);
  });
});
