import type { QueryClient } from '@tanstack/react-query';
import {
  archiveQuery,
  articleQuery,
  feedQuery,
  labelMonthQuery,
  labelMonthsQuery,
  labelQuery,
  labelsQuery,
  monthQuery,
  redirectsQuery,
  siteQuery,
} from './queries';
import type { Resource } from './resources';

/** Puts a resource into the cache (no request when it is there and fresh). */
export function loadResource(queryClient: QueryClient, resource: Resource): Promise<unknown> {
  switch (resource.kind) {
    case 'site':
      return queryClient.query(siteQuery());
    case 'archive':
      return queryClient.query(archiveQuery());
    case 'labels':
      return queryClient.query(labelsQuery());
    case 'redirects':
      return queryClient.query(redirectsQuery());
    case 'feed':
      return queryClient.query(feedQuery(resource.page));
    case 'article':
      return queryClient.query(articleQuery(resource.slug));
    case 'month':
      return queryClient.query(monthQuery(resource.month, resource.page));
    case 'label':
      return queryClient.query(labelQuery(resource.label, resource.page));
    case 'labelMonths':
      return queryClient.query(labelMonthsQuery(resource.label));
    case 'labelMonth':
      return queryClient.query(labelMonthQuery(resource.label, resource.month, resource.page));
  }
}

export function loadResources(queryClient: QueryClient, resources: readonly Resource[]): Promise<unknown[]> {
  return Promise.all(resources.map((r) => loadResource(queryClient, r)));
}
