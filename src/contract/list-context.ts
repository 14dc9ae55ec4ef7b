import type { Month } from './schemas';

/** A list an article can be read in: the feed, a month, a label, or a label within a month. */
export type ListRef =
  { kind: 'feed' } | { kind: 'month'; month: Month } | { kind: 'label'; label: string; month?: Month };

/** Where an article was found: which list, and which of its pages (so the position is one request away). */
export type ListContext = { list: ListRef; page: number };

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const LABEL = /^[^\s/?#\\%:]+$/u;

/** The query parameters of an article URL that name its list: `?from=label:kvm&month=2008-06&page=2`. */
export function listContextParams({ list, page }: ListContext): Record<string, string | undefined> {
  const from =
    list.kind === 'feed' ? 'feed' : list.kind === 'month' ? `month:${list.month}` : `label:${list.label}`;
  const month = list.kind === 'label' ? list.month : undefined;
  return { from, month, page: page > 1 ? String(page) : undefined };
}

/** The list context an article URL names, or null when it names none (or nonsense). */
export function parseListContext(query: URLSearchParams): ListContext | null {
  const from = query.get('from');
  if (!from) return null;
  const pageText = query.get('page') ?? '1';
  const page = /^[1-9]\d{0,6}$/.test(pageText) ? Number(pageText) : null;
  if (page === null) return null;
  if (from === 'feed') return { list: { kind: 'feed' }, page };
  const [kind, value = ''] = from.split(/:(.*)/s);
  if (kind === 'month' && MONTH.test(value)) return { list: { kind: 'month', month: value }, page };
  if (kind !== 'label' || !LABEL.test(value) || value === '.' || value === '..') return null;
  const month = query.get('month');
  if (month === null) return { list: { kind: 'label', label: value }, page };
  return MONTH.test(month) ? { list: { kind: 'label', label: value, month }, page } : null;
}
