import { apiPaths } from '../contract/api-paths';
import type { Month } from '../contract/schemas';

/** One file of the API, named by what it holds. `apiPathOf` and `queries.ts` agree on each kind. */
export type Resource =
  | { kind: 'site' }
  | { kind: 'archive' }
  | { kind: 'labels' }
  | { kind: 'redirects' }
  | { kind: 'feed'; page: number }
  | { kind: 'article'; slug: string }
  | { kind: 'month'; month: Month; page: number }
  | { kind: 'label'; label: string; page: number }
  | { kind: 'labelMonths'; label: string }
  | { kind: 'labelMonth'; label: string; month: Month; page: number };

export function apiPathOf(resource: Resource): string {
  switch (resource.kind) {
    case 'site':
      return apiPaths.site();
    case 'archive':
      return apiPaths.archive();
    case 'labels':
      return apiPaths.labels();
    case 'redirects':
      return apiPaths.redirects();
    case 'feed':
      return apiPaths.feed(resource.page);
    case 'article':
      return apiPaths.article(resource.slug);
    case 'month':
      return apiPaths.month(resource.month, resource.page);
    case 'label':
      return apiPaths.label(resource.label, resource.page);
    case 'labelMonths':
      return apiPaths.labelMonths(resource.label);
    case 'labelMonth':
      return apiPaths.labelMonth(resource.label, resource.month, resource.page);
  }
}
