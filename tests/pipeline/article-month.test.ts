import { describe, expect, it } from 'vitest';
import { ArticleMonths } from '../../pipeline/article-month';
import { monthOf } from '../../src/contract/month';

const ZONES = [
  'UTC',
  'Europe/Rome',
  'America/Los_Angeles',
  'America/Sao_Paulo', // turned its clocks at midnight
  'Australia/Lord_Howe', // half-hour clock changes
  'Asia/Kathmandu', // +05:45
  'Pacific/Apia', // skipped 30 December 2011
  'Pacific/Kiritimati', // +14:00
];

/** A deterministic spread of instants, 1990–2030, plus every hour around each month's start. */
function instants(): number[] {
  const out: number[] = [];
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const from = Date.UTC(1990, 0, 1);
  const to = Date.UTC(2030, 0, 1);
  for (let i = 0; i < 3000; i++) out.push(from + Math.floor((next() * (to - from)) / 1000) * 1000);
  for (let year = 2005; year <= 2012; year++) {
    for (let month = 0; month < 12; month++) {
      const start = Date.UTC(year, month, 1);
      for (let h = -16; h <= 16; h += 0.25) out.push(start + h * 3_600_000);
    }
  }
  return out;
}

describe('ArticleMonths', () => {
  it.each(ZONES)('gives the same month as monthOf for every instant in %s', (timeZone) => {
    const months = new ArticleMonths(timeZone);
    const mismatches = instants().filter((ms) => {
      const published = new Date(ms).toISOString();
      return months.monthOf(published, ms) !== monthOf(published, timeZone);
    });
    expect(mismatches.map((ms) => new Date(ms).toISOString())).toEqual([]);
  });

  it('puts a late-evening article in the next month east of UTC and the same month west of it', () => {
    const published = '2008-06-30T23:30:00Z';
    const ms = Date.parse(published);
    expect(new ArticleMonths('Europe/Rome').monthOf(published, ms)).toBe('2008-07');
    expect(new ArticleMonths('America/Los_Angeles').monthOf(published, ms)).toBe('2008-06');
  });
});
