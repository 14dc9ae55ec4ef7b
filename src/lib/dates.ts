import type { Month } from '../contract/schemas';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let f = formatters.get(key);
  if (!f) {
    f = make();
    formatters.set(key, f);
  }
  return f;
}

export type DateStyle = 'full' | 'long';

/**
 * "Friday, June 20, 2008" (full) or "June 20, 2008" (long), in the site's time zone so that the
 * day shown always lies in the month of the article's URL.
 */
export function formatDate(iso: string, timeZone: string, dateStyle: DateStyle = 'full'): string {
  const f = formatter(
    `${dateStyle}|${timeZone}`,
    () => new Intl.DateTimeFormat('en-US', { dateStyle, timeZone }),
  );
  return f.format(new Date(iso));
}

/** "June 2008". */
export function formatMonth(month: Month): string {
  const f = formatter(
    'month',
    () => new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  );
  return f.format(new Date(`${month}-01T00:00:00Z`));
}

/** "June". */
export function formatMonthName(month: Month): string {
  const f = formatter(
    'month-name',
    () => new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' }),
  );
  return f.format(new Date(`${month}-01T00:00:00Z`));
}
