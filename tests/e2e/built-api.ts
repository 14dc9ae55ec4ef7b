import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { API_PREFIX, apiPaths } from '../../src/contract/api-paths';
import {
  ArchiveSchema,
  ArticleSchema,
  LabelsIndexSchema,
  ListPageSchema,
  RedirectsSchema,
  SiteSchema,
  type Month,
} from '../../src/contract/schemas';

export type BuiltApi = ReturnType<typeof readBuiltApi>;

/**
 * The API of a build (`dist/api/v1`), read through the contract's schemas, so the e2e tests and the
 * web benchmark pick their targets from whatever the archive holds instead of hard-coding titles.
 */
export function readBuiltApi(distDir: string) {
  const fileOf = (path: string) => join(distDir, API_PREFIX, path);
  const read = <T extends v.GenericSchema>(schema: T, path: string): v.InferOutput<T> =>
    v.parse(schema, JSON.parse(readFileSync(fileOf(path), 'utf8')));

  const api = {
    site: () => read(SiteSchema, apiPaths.site()),
    archive: () => read(ArchiveSchema, apiPaths.archive()),
    labels: () => read(LabelsIndexSchema, apiPaths.labels()),
    article: (slug: string) => read(ArticleSchema, apiPaths.article(slug)),
    articleExists: (slug: string) => existsSync(fileOf(apiPaths.article(slug))),
    feed: (page = 1) => read(ListPageSchema, apiPaths.feed(page)),
    month: (month: Month, page = 1) => read(ListPageSchema, apiPaths.month(month, page)),
    label: (label: string, page = 1) => read(ListPageSchema, apiPaths.label(label, page)),
    labelMonths: (label: string) => read(ArchiveSchema, apiPaths.labelMonths(label)),
    labelMonth: (label: string, month: Month, page = 1) =>
      read(ListPageSchema, apiPaths.labelMonth(label, month, page)),
    redirects: () => read(RedirectsSchema, apiPaths.redirects()),

    /** An article with both a newer and an older neighbour. */
    middleArticle: () => {
      const summary = api.feed().items[1];
      if (!summary) throw new Error('The archive needs at least 3 articles');
      return api.article(summary.slug);
    },
  };
  return api;
}
