import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { apiPaths } from '../../src/contract/api-paths';
import { ArticleSchema, RedirectsSchema } from '../../src/contract/schemas';
import { buildApi } from '../build-api';
import { importBlog } from './import-blog';
import { fixture, withTempDir } from './test-support';

const readJson = async (file: string): Promise<unknown> => JSON.parse(await readFile(file, 'utf8'));

describe('imported articles through the content pipeline', () => {
  it('build, and redirects.json sends the old Blogger and WordPress paths to the new articles', async () => {
    await withTempDir(async (tmp) => {
      const contentDir = path.join(tmp, 'content');
      const outDir = path.join(tmp, 'api');
      await importBlog({ from: 'blogger', file: fixture('blogger-export.xml'), contentDir });
      await importBlog({ from: 'wordpress', file: fixture('wordpress-export.xml'), contentDir });

      const result = await buildApi({ contentDir, outDir });
      expect(result.ok ? [] : result.problems).toEqual([]);

      const { redirects } = v.parse(RedirectsSchema, await readJson(path.join(outDir, apiPaths.redirects())));
      const to = (from: string) => redirects.find((r) => r.from === from)?.to;
      // The Blogger slug is kept, and differs from the title's.
      expect(to('/2008/09/red-hat-adopts-kvm.html')).toEqual({
        slug: 'red-hat-adopts-kvm',
        month: '2008-09',
      });
      // Blogger's month was the blog's; ours is UTC's.
      expect(to('/2008/06/hyper-v-released-first-impressions.html')).toEqual({
        slug: 'hyper-v-released-first-impressions',
        month: '2008-07',
      });
      expect(to('/2009/03/blog-post.html')).toEqual({
        slug: 'виртуализация-в-россии-обзор-рынка',
        month: '2009-03',
      });
      expect(to('/2010/07/19/проект-openstack-объявлен/')).toEqual({
        slug: 'проект-openstack-объявлен',
        month: '2010-07',
      });
      expect(to('/?p=101')).toEqual({ slug: 'vsphere-4-ships', month: '2009-05' });

      const article = v.parse(
        ArticleSchema,
        await readJson(path.join(outDir, 'articles/red-hat-adopts-kvm.json')),
      );
      expect(article.published).toBe('2008-09-04T09:15:00-07:00');
      expect(article.labels.map((l) => l.name)).toEqual(['KVM', 'Red Hat, Inc.', 'Linux']);
      expect(article.html).toContain('Qumranet');
      expect(article.html).not.toMatch(/<script|<iframe|javascript:/);
    });
  });
});
