import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApi, type BuildStats } from '../../pipeline/build-api';
import { searchRecord } from '../../pipeline/search/search-record';
import { startServer, type RunningServer } from '../../scripts/serve';
import { apiPaths } from '../../src/contract/api-paths';
import type { Article } from '../../src/contract/schemas';
import { articleFile, writeContent } from './helpers';

const article = (fields: Partial<Article>): Article => ({
  slug: 'kvm-live',
  title: 'KVM gets live migration',
  published: '2008-06-20T09:15:00+02:00',
  month: '2008-06',
  author: 'Marta Ferri',
  labels: [{ name: 'KVM', slug: 'kvm' }],
  summary: 'Guests move between hosts…',
  html: '<p>Guests move between hosts without a pause.</p><p>Qumranet &amp; Red Hat</p>',
  words: 12,
  readingMinutes: 1,
  newer: null,
  older: null,
  related: [],
  ...fields,
});

describe('a search record', () => {
  it('holds the title and the body text, with a derived summary only once', () => {
    const record = searchRecord(article({}));
    expect(record).toEqual({
      url: '/2008/06/kvm-live',
      content: 'KVM gets live migration. Guests move between hosts without a pause. Qumranet & Red Hat',
      language: 'en',
      meta: {
        slug: 'kvm-live',
        title: 'KVM gets live migration',
        published: '2008-06-20T09:15:00+02:00',
        month: '2008-06',
        author: 'Marta Ferri',
        summary: 'Guests move between hosts…',
        labels: 'kvm',
      },
    });
  });

  it('adds a written summary, and lists the label slugs in the metadata', () => {
    const labels = [
      { name: 'Red Hat', slug: 'red-hat' },
      { name: 'Виртуализация', slug: 'виртуализация' },
    ];
    expect(searchRecord(article({ labels })).meta?.labels).toBe('red-hat виртуализация');
    const record = searchRecord(article({ title: 'Why?', summary: 'Hand-written words.', labels: [] }));
    expect(record.content).toBe(
      'Why? Hand-written words. Guests move between hosts without a pause. Qumranet & Red Hat',
    );
    expect(record.meta?.labels).toBe('');
  });
});

type PagefindResult = {
  id: string;
  score: number;
  words: number[];
  data: () => Promise<{ url: string; excerpt: string }>;
};
type PagefindInstance = {
  search: (term: string, options?: Record<string, never>) => Promise<{ results: PagefindResult[] }>;
  destroy: () => Promise<void>;
};

describe('the search index', () => {
  // Not the helpers' tempDir: that is emptied after each test, and these share one build.
  const work = mkdtempSync(path.join(tmpdir(), 'hyperread-search-'));
  const outDir = path.join(work, 'api');
  let stats: BuildStats;
  let server: RunningServer;
  let pagefind: PagefindInstance;

  const urls = async (term: string, options?: Parameters<PagefindInstance['search']>[1]) => {
    const { results } = await pagefind.search(term, options);
    return Promise.all(results.map(async (r) => (await r.data()).url));
  };

  beforeAll(async () => {
    const same = 'Benchmark numbers for paravirtualized network drivers.';
    const content = writeContent(
      {
        'kvm-live.md': articleFile(
          { title: 'KVM gets live migration', published: '2008-06-20T09:15:00Z', labels: ['KVM'] },
          'Guests move between hosts while they run, says Qumranet.\n',
        ),
        'xen-live.md': articleFile(
          { title: 'XenMotion in XenServer', published: '2008-07-02T09:15:00Z', labels: ['Xen'] },
          'Citrix ships live migration of running guests.\n',
        ),
        'apart.md': articleFile(
          { title: 'Storage notes', published: '2008-07-05T09:15:00Z', labels: ['KVM'] },
          'The migration of storage was live on Tuesday, after a zygomorphic rollout.\n',
        ),
        'tie-2007.md': articleFile({ title: 'Drivers 2007', published: '2007-03-01T10:00:00Z' }, same),
        'tie-2009.md': articleFile({ title: 'Drivers 2009', published: '2009-03-01T10:00:00Z' }, same),
        'tie-2008.md': articleFile({ title: 'Drivers 2008', published: '2008-03-01T10:00:00Z' }, same),
      },
      {},
      work,
    );
    const result = await buildApi({ contentDir: content, outDir, workers: 0 });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    stats = result.stats;
    server = await startServer({ dir: outDir, port: 0 });
    const module = (await import(pathToFileURL(path.join(outDir, apiPaths.searchBundle())).href)) as {
      createInstance: (options: { basePath: string }) => PagefindInstance;
    };
    pagefind = module.createInstance({ basePath: `${server.url}/${apiPaths.search()}` });
  });

  afterAll(async () => {
    await pagefind?.destroy();
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it("is written under search/ with the browser bundle, without the ready-made UIs or Pagefind's worker", () => {
    const folder = path.join(outDir, apiPaths.search());
    for (const file of ['pagefind.js', 'wasm.en.pagefind', 'pagefind-entry.json'])
      expect(existsSync(path.join(folder, file)), file).toBe(true);
    expect(existsSync(path.join(folder, 'pagefind-ui.js'))).toBe(false);
    expect(existsSync(path.join(folder, 'pagefind-worker.js'))).toBe(false);
    const entry = JSON.parse(readFileSync(path.join(folder, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.languages.en?.page_count).toBe(6);
    expect(stats.search).toMatchObject({ records: 6, files: expect.any(Number), bytes: expect.any(Number) });
  });

  it('finds a word of the body and a title word', async () => {
    expect(await urls('zygomorphic')).toEqual(['/2008/07/apart']);
    expect(await urls('XenMotion')).toEqual(['/2008/07/xen-live']);
    expect((await urls('migration')).sort()).toEqual([
      '/2008/06/kvm-live',
      '/2008/07/apart',
      '/2008/07/xen-live',
    ]);
  });

  it('tells where in the text each word was found, alike in every search (phrases are found so)', async () => {
    const positions = async (term: string) => {
      const { results } = await pagefind.search(term);
      const found = await Promise.all(results.map(async (r) => [(await r.data()).url, r.words] as const));
      return Object.fromEntries(found);
    };
    // "KVM gets live migration." and "Storage notes. The migration of storage was live…"
    expect(await positions('live')).toMatchObject({ '/2008/06/kvm-live': [2], '/2008/07/apart': [7] });
    expect(await positions('migration')).toMatchObject({ '/2008/06/kvm-live': [3], '/2008/07/apart': [3] });
    expect(await positions('live migration')).toMatchObject({
      '/2008/06/kvm-live': [2, 3],
      '/2008/07/apart': [3, 7],
    });
  });

  it("lists each label's and each month's pages, which narrow a search to them", async () => {
    const narrowed = async (term: string, list: string) => {
      const ids = new Set(JSON.parse(readFileSync(path.join(outDir, list), 'utf8')) as string[]);
      const { results } = await pagefind.search(term);
      const kept = results.filter((r) => ids.has(r.id));
      return Promise.all(kept.map(async (r) => (await r.data()).url));
    };
    expect((await narrowed('migration', apiPaths.searchLabel('kvm'))).sort()).toEqual([
      '/2008/06/kvm-live',
      '/2008/07/apart',
    ]);
    expect((await narrowed('migration', apiPaths.searchMonth('2008-07'))).sort()).toEqual([
      '/2008/07/apart',
      '/2008/07/xen-live',
    ]);
    const months = JSON.parse(
      readFileSync(path.join(outDir, apiPaths.searchMonth('2008-03')), 'utf8'),
    ) as string[];
    expect(months).toHaveLength(1);
  });

  it('scores identical articles the same (the reader puts the newest first)', async () => {
    const { results } = await pagefind.search('paravirtualized');
    expect(results).toHaveLength(3);
    expect(new Set(results.map((r) => r.score)).size).toBe(1);
  });

  it('survives punctuation, markup and a very long query', async () => {
    expect(await urls('!@#$%^&*()[]{}<>"\'\\/')).toEqual([]);
    expect(await urls('<script>alert(1)</script> migration')).toHaveLength(3);
    expect(await urls('migration '.repeat(200))).toHaveLength(3);
  });
});

describe('npm run content -- --no-search', () => {
  it('builds the API and the feeds without the search index', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'hyperread-search-cli-'));
    try {
      const content = writeContent({ 'a.md': articleFile({ published: '2008-06-01T10:00:00Z' }) }, {}, work);
      const out = path.join(work, 'api');
      await promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', 'pipeline/cli.ts', '--content', content, '--out', out, '--no-search'],
        { cwd: path.resolve(import.meta.dirname, '../..') },
      );
      expect(existsSync(path.join(out, apiPaths.article('a')))).toBe(true);
      expect(existsSync(path.join(out, apiPaths.siteFeed('atom')))).toBe(true);
      expect(existsSync(path.join(out, apiPaths.search()))).toBe(false);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 30_000);
});
