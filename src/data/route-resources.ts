import { matchUrl, type RouteTarget } from './route-match';
import type { Resource } from './resources';

const SITE: Resource = { kind: 'site' };
const ARCHIVE: Resource = { kind: 'archive' };
const LABELS: Resource = { kind: 'labels' };
const REDIRECTS: Resource = { kind: 'redirects' };

/** What the frame shows around every view: newest articles, the monthly archive, the labels. */
export const sidebarResources: readonly Resource[] = [SITE, { kind: 'feed', page: 1 }, ARCHIVE, LABELS];

/** The files a view needs before it can render; every view needs the site (its time zone, its title). */
export function viewResources(target: RouteTarget): Resource[] {
  switch (target.view) {
    case 'feed':
      return [SITE, { kind: 'feed', page: target.page }];
    case 'article':
      return [SITE, { kind: 'article', slug: target.slug }, ...(target.legacy ? [REDIRECTS] : [])];
    case 'archive':
    case 'year':
      return [SITE, ARCHIVE];
    case 'month': {
      const { month, page, label } = target;
      return label
        ? [SITE, LABELS, { kind: 'labelMonths', label }, { kind: 'labelMonth', label, month, page }]
        : [SITE, LABELS, ARCHIVE, { kind: 'month', month, page }];
    }
    case 'labels':
      return [SITE, LABELS];
    case 'label': {
      const { label, month, page } = target;
      return [
        SITE,
        LABELS,
        { kind: 'labelMonths', label },
        month ? { kind: 'labelMonth', label, month, page } : { kind: 'label', label, page },
      ];
    }
    case 'search':
      // The results come from the search index, which the view's loader queries itself.
      return [SITE, LABELS];
    case 'redirect': {
      const next = matchUrl(target.to);
      return next.view === 'redirect' ? [] : viewResources(next);
    }
    case 'not-found':
      return [SITE, REDIRECTS];
  }
}
