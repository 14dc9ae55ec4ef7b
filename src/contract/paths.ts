import { splitMonth } from './month';
import type { ArticleRef, Month } from './schemas';

type PageOption = { page?: number };

function withPage(base: string, page = 1): string {
  return page > 1 ? `${base === '/' ? '' : base}/page/${page}` : base;
}

function withQuery(path: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const s = query.toString();
  return s ? `${path}?${s}` : path;
}

/** Every URL of the reader, built in one place. */
export const paths = {
  feed: ({ page }: PageOption = {}) => withPage('/', page),
  article: (ref: Pick<ArticleRef, 'slug' | 'month'>) => {
    const { year, mm } = splitMonth(ref.month);
    return `/${year}/${mm}/${encodeURIComponent(ref.slug)}`;
  },
  archive: () => '/archive',
  year: (year: string) => `/${year}`,
  month: (month: Month, { page, label }: PageOption & { label?: string } = {}) => {
    const { year, mm } = splitMonth(month);
    return withQuery(withPage(`/${year}/${mm}`, page), { label });
  },
  labels: () => '/labels',
  label: (label: string, { page, month }: PageOption & { month?: Month } = {}) =>
    withQuery(withPage(`/label/${encodeURIComponent(label)}`, page), { month }),
};
