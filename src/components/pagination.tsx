import { PrefetchLink } from './prefetch-link';

type PaginationProps = { page: number; pageCount: number; href: (page: number) => string };

/** The page numbers worth showing: the ends and a window around the current page; null is a gap. */
export function pageWindow(page: number, pageCount: number, radius = 2): (number | null)[] {
  const shown: (number | null)[] = [];
  for (let p = 1; p <= pageCount; p++) {
    if (p === 1 || p === pageCount || Math.abs(p - page) <= radius) shown.push(p);
    else if (shown.at(-1) !== null) shown.push(null);
  }
  return shown;
}

export function Pagination({ page, pageCount, href }: PaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Pagination" className="pagination">
      <ul>
        <li className="pagination-step">
          {page > 1 && (
            <PrefetchLink to={href(page - 1)} rel="prev">
              <span aria-hidden="true">← </span>Newer
            </PrefetchLink>
          )}
        </li>
        {pageWindow(page, pageCount).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} className="pagination-gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={p}>
              {p === page ? (
                <span className="pagination-current" aria-current="page">
                  <span className="visually-hidden">Page </span>
                  {p}
                </span>
              ) : (
                <PrefetchLink to={href(p)} aria-label={`Page ${p}`}>
                  {p}
                </PrefetchLink>
              )}
            </li>
          ),
        )}
        <li className="pagination-step">
          {page < pageCount && (
            <PrefetchLink to={href(page + 1)} rel="next">
              Older<span aria-hidden="true"> →</span>
            </PrefetchLink>
          )}
        </li>
      </ul>
    </nav>
  );
}
