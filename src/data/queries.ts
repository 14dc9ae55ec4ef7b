import { queryOptions } from '@tanstack/react-query';
import { apiPaths } from '../contract/api-paths';
import {
  ArchiveSchema,
  ArticleSchema,
  LabelsIndexSchema,
  ListPageSchema,
  RedirectsSchema,
  SiteSchema,
  type Month,
  type Redirects,
} from '../contract/schemas';
import { isNotFoundError } from './errors';
import { fetchJson } from './fetch-json';

/**
 * The API is static files rebuilt on deploy, so within a reading session they do not change:
 * a list or article seen in the last half hour is shown again without a request.
 */
export const STALE_TIME = 30 * 60_000;

export const siteQuery = () =>
  queryOptions({
    queryKey: ['site'],
    queryFn: ({ signal }) => fetchJson(apiPaths.site(), SiteSchema, signal),
    staleTime: STALE_TIME,
  });

export const archiveQuery = () =>
  queryOptions({
    queryKey: ['archive'],
    queryFn: ({ signal }) => fetchJson(apiPaths.archive(), ArchiveSchema, signal),
    staleTime: STALE_TIME,
  });

export const labelsQuery = () =>
  queryOptions({
    queryKey: ['labels'],
    queryFn: ({ signal }) => fetchJson(apiPaths.labels(), LabelsIndexSchema, signal),
    staleTime: STALE_TIME,
  });

/** Old permalinks of imported articles; a site without any has no file, which means "none". */
export const redirectsQuery = () =>
  queryOptions({
    queryKey: ['redirects'],
    queryFn: async ({ signal }): Promise<Redirects> => {
      try {
        return await fetchJson(apiPaths.redirects(), RedirectsSchema, signal);
      } catch (error) {
        if (isNotFoundError(error)) return { redirects: [] };
        throw error;
      }
    },
    staleTime: STALE_TIME,
  });

export const feedQuery = (page: number) =>
  queryOptions({
    queryKey: ['feed', page],
    queryFn: ({ signal }) => fetchJson(apiPaths.feed(page), ListPageSchema, signal),
    staleTime: STALE_TIME,
  });

export const articleQuery = (slug: string) =>
  queryOptions({
    queryKey: ['article', slug],
    queryFn: ({ signal }) => fetchJson(apiPaths.article(slug), ArticleSchema, signal),
    staleTime: STALE_TIME,
  });

export const monthQuery = (month: Month, page: number) =>
  queryOptions({
    queryKey: ['month', month, page],
    queryFn: ({ signal }) => fetchJson(apiPaths.month(month, page), ListPageSchema, signal),
    staleTime: STALE_TIME,
  });

export const labelQuery = (label: string, page: number) =>
  queryOptions({
    queryKey: ['label', label, page],
    queryFn: ({ signal }) => fetchJson(apiPaths.label(label, page), ListPageSchema, signal),
    staleTime: STALE_TIME,
  });

export const labelMonthsQuery = (label: string) =>
  queryOptions({
    queryKey: ['label', label, 'months'],
    queryFn: ({ signal }) => fetchJson(apiPaths.labelMonths(label), ArchiveSchema, signal),
    staleTime: STALE_TIME,
  });

export const labelMonthQuery = (label: string, month: Month, page: number) =>
  queryOptions({
    queryKey: ['label', label, 'month', month, page],
    queryFn: ({ signal }) => fetchJson(apiPaths.labelMonth(label, month, page), ListPageSchema, signal),
    staleTime: STALE_TIME,
  });
