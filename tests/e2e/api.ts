import { inject } from 'vitest';
import type { Month } from '../../src/contract/schemas';
import { readBuiltApi } from './built-api';

/** The API of the build under test. */
export const builtApi = readBuiltApi(inject('distDir'));

export const middleArticle = builtApi.middleArticle;

/** Every month with articles, newest first. */
export function allMonths(): { month: Month; count: number }[] {
  return builtApi.archive().years.flatMap((year) => year.months);
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
