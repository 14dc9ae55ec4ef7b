import { listContextParams, type ListContext } from './list-context';
import { splitMonth } from './month';
import type { ArticleRef, Month } from './schemas';

type PageOption = { page?: number };
type SearchOptions = PageOption & { q?: string; label?: string; month?: Month };

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
  /** The article read as part of a list: the URL keeps the list, so a reload keeps position and neighbours. */
  articleIn: (ref: Pick<ArticleRef, 'slug' | 'month'>, from: ListContext | null) =>
    from ? withQuery(paths.article(ref), listContextParams(from)) : paths.article(ref),
  archive: () => '/archive',
  year: (year: string) => `/${year}`,
  month: (month: Month, { page, label }: PageOption & { label?: string } = {}) => {
    const { year, mm } = splitMonth(month);
    return withQuery(withPage(`/${year}/${mm}`, page), { label });
  },
  labels: () => '/labels',
  label: (label: string, { page, month }: PageOption & { month?: Month } = {}) =>
    withQuery(withPage(`/label/${encodeURIComponent(label)}`, page), { month }),
  search: ({ q, label, month, page }: SearchOptions = {}) =>
    withQuery('/search', { q, label, month, page: page && page > 1 ? String(page) : undefined }),
};
