import { monthFromSegments } from '../contract/month';
import { paths } from '../contract/paths';
import type { Month } from '../contract/schemas';
import { slugify } from '../contract/slug';

/**
 * What a reader URL shows, parsed without React or the router so that the early entry module,
 * the route loaders and link prefetching all read a URL the same way.
 */
export type RouteTarget =
  | { view: 'feed'; page: number }
  /** `month` is the URL's month (null when impossible); the loader redirects if it is not the article's. */
  | { view: 'article'; slug: string; month: Month | null; legacy: boolean }
  | { view: 'archive' }
  | { view: 'year'; year: string }
  | { view: 'month'; month: Month; page: number; label: string | null }
  | { view: 'labels' }
  | { view: 'label'; label: string; page: number; month: Month | null }
  /** `q` as typed (possibly empty: the search form without results). */
  | { view: 'search'; q: string; label: string | null; month: Month | null; page: number }
  | { view: 'redirect'; to: string }
  | { view: 'not-found' };

export type View = RouteTarget['view'];
export type TargetOf<V extends View> = Extract<RouteTarget, { view: V }>;

const NOT_FOUND: RouteTarget = { view: 'not-found' };
const YEAR = /^\d{4}$/;
const MONTH_PARAM = /^\d{4}-(0[1-9]|1[0-2])$/;
const PAGE = /^[1-9]\d{0,6}$/;
const LEGACY_SUFFIX = /\.html?$/i;

function segmentsOf(pathname: string): string[] | null {
  try {
    return pathname
      .split('/')
      .filter(Boolean)
      .map((s) => decodeURIComponent(s));
  } catch {
    return null;
  }
}

/** A slug that is safe to put into an API path: no separators, no `.`/`..` that would climb out. */
function isSafeSlug(s: string): boolean {
  return /^[^\s/?#\\%]+$/u.test(s) && s !== '.' && s !== '..';
}

function pageOf(segment: string | undefined): number | null {
  return segment !== undefined && PAGE.test(segment) ? Number(segment) : null;
}

function monthParam(query: URLSearchParams): Month | null | undefined {
  const value = query.get('month');
  if (!value) return null;
  return MONTH_PARAM.test(value) ? value : undefined;
}

function labelParam(query: URLSearchParams): string | null | undefined {
  const value = query.get('label');
  if (!value) return null;
  return isSafeSlug(value) ? value : undefined;
}

function matchFeed(rest: string[]): RouteTarget {
  if (rest.length === 0) return { view: 'feed', page: 1 };
  const page = rest[0] === 'page' && rest.length === 2 ? pageOf(rest[1]) : null;
  if (page === null) return NOT_FOUND;
  return page === 1 ? { view: 'redirect', to: paths.feed() } : { view: 'feed', page };
}

function matchLabel(label: string | undefined, rest: string[], query: URLSearchParams): RouteTarget {
  const month = monthParam(query);
  if (label === undefined || !isSafeSlug(label) || month === undefined) return NOT_FOUND;
  if (rest.length === 0) return { view: 'label', label, page: 1, month };
  const page = rest[0] === 'page' && rest.length === 2 ? pageOf(rest[1]) : null;
  if (page === null) return NOT_FOUND;
  if (page === 1) return { view: 'redirect', to: paths.label(label, { month: month ?? undefined }) };
  return { view: 'label', label, page, month };
}

function matchSearch(query: URLSearchParams): RouteTarget {
  const q = query.get('q') ?? '';
  const label = labelParam(query);
  const month = monthParam(query);
  const pageValue = query.get('page');
  const page = pageValue === null ? 1 : pageOf(pageValue);
  if (label === undefined || month === undefined || page === null) return NOT_FOUND;
  if (pageValue === '1')
    return {
      view: 'redirect',
      to: paths.search({ q, label: label ?? undefined, month: month ?? undefined }),
    };
  return { view: 'search', q, label, month, page };
}

function matchDated(segments: string[], query: URLSearchParams): RouteTarget {
  const [year = '', mm, third, fourth] = segments;
  if (!YEAR.test(year)) return NOT_FOUND;
  if (mm === undefined) return { view: 'year', year };
  if (segments.length === 3 && /^\d{2}$/.test(mm) && third && isSafeSlug(third)) {
    const legacy = LEGACY_SUFFIX.test(third);
    const slug = third.replace(LEGACY_SUFFIX, '');
    return slug ? { view: 'article', slug, month: monthFromSegments(year, mm), legacy } : NOT_FOUND;
  }
  const month = monthFromSegments(year, mm);
  const label = labelParam(query);
  if (!month || label === undefined) return NOT_FOUND;
  if (segments.length === 2) return { view: 'month', month, page: 1, label };
  const page = third === 'page' && segments.length === 4 ? pageOf(fourth) : null;
  if (page === null) return NOT_FOUND;
  if (page === 1) return { view: 'redirect', to: paths.month(month, { label: label ?? undefined }) };
  return { view: 'month', month, page, label };
}

export function matchUrl(url: URL | string): RouteTarget {
  const { pathname, searchParams } = typeof url === 'string' ? new URL(url, 'http://reader.invalid') : url;
  const segments = segmentsOf(pathname);
  if (!segments) return NOT_FOUND;
  const [first, second, third] = segments;

  if (first === undefined || first === 'page') return matchFeed(segments);
  if (first === 'archive' && segments.length === 1) return { view: 'archive' };
  if (first === 'labels' && segments.length === 1) return { view: 'labels' };
  if (first === 'label') return matchLabel(second, segments.slice(2), searchParams);
  if (first === 'search' && segments.length === 1) return matchSearch(searchParams);
  if (first === 'search' && second === 'label' && third && segments.length === 3) {
    // Blogger's label search: `/search/label/Red%20Hat` names the label, not its slug.
    const slug = slugify(third);
    return slug ? { view: 'redirect', to: paths.label(slug) } : NOT_FOUND;
  }
  return matchDated(segments, searchParams);
}
