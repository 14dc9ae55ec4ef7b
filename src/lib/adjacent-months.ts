import type { Archive, Month } from '../contract/schemas';

/** The nearest months before and after `month` that have articles, in an archive-shaped index. */
export function adjacentMonths(archive: Archive, month: Month): { newer: Month | null; older: Month | null } {
  const months = archive.years.flatMap((y) => y.months.filter((m) => m.count > 0).map((m) => m.month));
  let newer: Month | null = null;
  let older: Month | null = null;
  for (const m of months) {
    if (m > month && (newer === null || m < newer)) newer = m;
    if (m < month && (older === null || m > older)) older = m;
  }
  return { newer, older };
}
