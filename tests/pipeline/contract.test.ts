import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  ArchiveSchema,
  ArticleSchema,
  LabelsIndexSchema,
  ListPageSchema,
  RedirectsSchema,
  SiteSchema,
} from '../../src/contract/schemas';
import type { Article, ListPage, Site } from '../../src/contract/schemas';
import { paths } from '../../src/contract/paths';
import { writeSyntheticArchive } from '../../scripts/synthetic-archive';
import { buildOk, listFiles, readJson, tempDir } from './helpers';

function schemaFor(file: string): v.GenericSchema {
  if (file === 'site.json') return SiteSchema;
  if (file === 'archive.json' || /^labels\/[^/]+\/months\.json$/.test(file)) return ArchiveSchema;
  if (file === 'labels.json') return LabelsIndexSchema;
  if (file === 'redirects.json') return RedirectsSchema;
  if (file.startsWith('articles/')) return ArticleSchema;
  if (/^(feed|months\/[^/]+|labels\/[^/]+|labels\/[^/]+\/months\/[^/]+)\/\d+\.json$/.test(file))
    return ListPageSchema;
  throw new Error(`unexpected file in the API: ${file}`);
}

describe('the API contract', () => {
  it('holds for every file of a generated archive, built on worker threads', async () => {
    const content = tempDir();
    writeSyntheticArchive({ dir: content, articles: 150, seed: 3 });
    const { outDir, stats } = await buildOk(content, { workers: 2 });
    const files = listFiles(outDir);
    expect(stats.files).toBe(files.length);
    const site = readJson<Site>(outDir, 'site.json');
    expect(site.articleCount).toBe(150);

    for (const file of files) {
      // Feeds and the search index are not JSON documents of the contract; feeds.test.ts and
      // search-index.test.ts check them.
      if (/^(feeds|search)\//.test(file)) continue;
      const doc: unknown = readJson(outDir, file);
      const result = v.safeParse(schemaFor(file), doc);
      expect(result.success, `${file}: ${result.issues?.[0]?.message}`).toBe(true);
      if (v.is(ListPageSchema, doc)) {
        expect((doc as ListPage).items.length).toBeLessThanOrEqual(site.pageSize);
        expect(statSync(path.join(outDir, file)).size).toBeLessThan(64 * 1024);
      }
    }
    const article = readJson<Article>(
      outDir,
      files.find((f) => f.startsWith('articles/'))!,
    );
    expect(article.related.length).toBeGreaterThanOrEqual(3);
    expect(article.related.length).toBeLessThanOrEqual(5);
    // Every article is reachable by the reader's URL built from its summary.
    expect(paths.article(article)).toBe(`/${article.month.replace('-', '/')}/${article.slug}`);
    expect(readFileSync(path.join(outDir, 'site.json'), 'utf8')).not.toMatch(/\n/);
  }, 30_000);
});
