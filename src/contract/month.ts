import type { Month } from './schemas';

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The calendar date (`yyyy-mm-dd`) of an instant in a time zone. */
export function dayIn(published: string, timeZone: string): string {
  const parts = partsFormatter(timeZone).formatToParts(new Date(published));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** The month an article belongs to: the month of its publication instant in the site's time zone. */
export function monthOf(published: string, timeZone: string): Month {
  return dayIn(published, timeZone).slice(0, 7);
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** `"2008-06"` from URL segments `2008` and `06`, or null when they do not name a real month. */
export function monthFromSegments(year: string, month: string): Month | null {
  if (!/^\d{4}$/.test(year) || !/^(0[1-9]|1[0-2])$/.test(month)) return null;
  return `${year}-${month}`;
}

export function splitMonth(month: Month): { year: string; mm: string } {
  return { year: month.slice(0, 4), mm: month.slice(5, 7) };
}
