import type { Month } from './schemas';

/** A list an article can be read in: the feed, a month, a label, or a label within a month. */
export type ListRef =
  { kind: 'feed' } | { kind: 'month'; month: Month } | { kind: 'label'; label: string; month?: Month };

/** Where an article was found: which list, and which of its pages (so the position is one request away). */
export type ListContext = { list: ListRef; page: number };

/** The query parameters of an article URL that name its list: `?from=label:kvm&month=2008-06&page=2`. */
export function listContextParams({ list, page }: ListContext): Record<string, string | undefined> {
  const from =
    list.kind === 'feed' ? 'feed' : list.kind === 'month' ? `month:${list.month}` : `label:${list.label}`;
  const month = list.kind === 'label' ? list.month : undefined;
  return { from, month, page: page > 1 ? String(page) : undefined };
}
