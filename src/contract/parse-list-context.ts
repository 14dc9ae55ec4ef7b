import type { ListContext } from './list-context';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const LABEL = /^[^\s/?#\\%:]+$/u;

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
