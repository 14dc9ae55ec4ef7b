import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { buildApi } from '../pipeline/build-api';
import { API_PREFIX, apiPaths } from '../src/contract/api-paths';
import { launchBrowser } from '../tests/e2e/browser';
import { startServer } from './serve';
import { writeSyntheticArchive } from './synthetic-archive';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '3' },
    keep: { type: 'boolean', default: false },
  },
});
const articles = Number(values.articles);
if (!Number.isInteger(articles) || articles < 1)
  throw new Error(`--articles: expected a whole number above 0, got ${values.articles}`);
const runs = Math.max(1, Number(values.runs));

/** The synthetic vocabulary is small, so every word is common; a few articles get one rare word. */
const RARE_WORD = 'zygomorphic';
const RARE_ARTICLES = 3;

/**
 * Each of the synthetic archive's ~150 words is in about 90% of its articles ("common"); the
 * code sample with `virsh` is in about 10% ("selective"), as a distinctive word is in real news.
 */
const QUERIES: { name: string; term: string; label?: string }[] = [
  { name: 'common word', term: 'hypervisor' },
  { name: 'selective word', term: 'virsh' },
  { name: 'rare word', term: RARE_WORD },
  { name: 'phrase, selective', term: '"virsh migrate"' },
  { name: 'phrase, common', term: '"virtual machine"' },
  { name: 'selective word + label', term: 'virsh', label: 'kvm' },
  { name: 'two common words + label', term: 'memory scheduler', label: 'kvm' },
];
/** Results a search page shows, each a fragment the browser fetches. */
const SHOWN = 10;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

function plantRareWord(contentDir: string): void {
  const files = readdirSync(path.join(contentDir, 'articles'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .sort();
  for (let i = 1; i <= RARE_ARTICLES; i++) {
    const file = files[Math.floor((files.length * i) / (RARE_ARTICLES + 1))]!;
    appendFileSync(path.join(contentDir, 'articles', file), `\nAnalysts called the rollout ${RARE_WORD}.\n`);
  }
}

/** The index's parts: what every first search loads, and the chunks a query picks from. */
function describeIndex(searchDir: string) {
  const parts = {
    startup: { files: 0, bytes: 0 },
    index: { files: 0, bytes: 0 },
    narrowing: { files: 0, bytes: 0 },
  };
  const fragments = { files: 0, bytes: 0 };
  let meta = 0;
  for (const entry of readdirSync(searchDir, { recursive: true, encoding: 'utf8' })) {
    const file = path.join(searchDir, entry);
    const { size } = statSync(file);
    if (!statSync(file).isFile()) continue;
    const folder = entry.split(path.sep)[0];
    const part =
      folder === 'fragment'
        ? fragments
        : folder === 'index'
          ? parts.index
          : folder === 'labels' || folder === 'months'
            ? parts.narrowing
            : parts.startup;
    part.files++;
    part.bytes += size;
    if (entry.endsWith('.pf_meta')) meta = size;
  }
  return { ...parts, fragments, meta };
}

type QueryRun = {
  startup: number;
  query: number;
  requests: number;
  init: number;
  search: number;
  shown: number;
  total: number;
};

/** One query in a fresh browser context (empty cache), the way the search view runs it. */
async function runQuery(
  browser: Browser,
  baseURL: string,
  query: (typeof QUERIES)[number],
): Promise<QueryRun> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto('/');
  const bytes = { startup: 0, query: 0, requests: 0 };
  const pending: Promise<void>[] = [];
  context.on('requestfinished', (request) => {
    const { pathname } = new URL(request.url());
    if (!pathname.startsWith(`/${API_PREFIX}/${apiPaths.search()}`)) return;
    pending.push(
      request.sizes().then((sizes) => {
        const size = sizes.responseBodySize + sizes.responseHeadersSize;
        const chunk = /\/(index|fragment|labels|months)\//.test(pathname);
        bytes[chunk ? 'query' : 'startup'] += size;
        if (chunk) bytes.requests++;
      }),
    );
  });
  // A string, not a function: the page runs it as written (no bundler helpers).
  const timings = (await page.evaluate(`(async () => {
    const started = performance.now();
    const pagefind = await import('/${API_PREFIX}/${apiPaths.searchBundle()}');
    await pagefind.options({ basePath: '/${API_PREFIX}/${apiPaths.search()}' });
    await pagefind.init();
    const ready = performance.now();
    // As the reader does: the words in Pagefind, a label through its list of page ids.
    const [search, ids] = await Promise.all([
      pagefind.search(${JSON.stringify(query.term)}),
      ${query.label ? `fetch('/${API_PREFIX}/${apiPaths.searchLabel(query.label)}').then((r) => r.json())` : 'null'},
    ]);
    const wanted = ids && new Set(ids);
    const kept = wanted ? search.results.filter((r) => wanted.has(r.id)) : search.results;
    const searched = performance.now();
    await Promise.all(kept.slice(0, ${SHOWN}).map((r) => r.data()));
    const shown = performance.now();
    return { init: ready - started, search: searched - ready, shown: shown - ready, total: kept.length };
  })()`)) as Pick<QueryRun, 'init' | 'search' | 'shown' | 'total'>;
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  await context.close();
  return { ...bytes, ...timings };
}

const work = mkdtempSync(path.join(path.resolve('.bench'), 'search-'));
const contentDir = path.join(work, 'content');
const siteDir = path.join(work, 'site');
const apiDir = path.join(siteDir, API_PREFIX);
try {
  let started = performance.now();
  mkdirSync(work, { recursive: true });
  const { bytes } = writeSyntheticArchive({ dir: contentDir, articles, seed: Number(values.seed) });
  plantRareWord(contentDir);
  console.log(
    `generated ${articles} articles (${mb(bytes)} of Markdown; "${RARE_WORD}" planted in ${RARE_ARTICLES}) in ${seconds(performance.now() - started)}`,
  );

  started = performance.now();
  const result = await buildApi({ contentDir, outDir: apiDir });
  if (!result.ok) throw new Error(`the pipeline failed: ${JSON.stringify(result.problems.slice(0, 5))}`);
  const search = result.stats.search!;
  console.log(
    `pipeline:       ${seconds(result.stats.ms)} in all, of which the search index ${seconds(search.ms)} ` +
      `(${search.records} records, ${Math.round(search.records / (search.ms / 1000))} records/s)`,
  );
  const index = describeIndex(path.join(apiDir, apiPaths.search()));
  console.log(
    [
      `index size:     ${search.files} files, ${mb(search.bytes)}`,
      `  startup:      ${index.startup.files} files, ${kb(index.startup.bytes)} (pagefind.js, worker, wasm, entry, metadata ${kb(index.meta)})`,
      `  word index:   ${index.index.files} chunks, ${mb(index.index.bytes)}`,
      `  narrowing:    ${index.narrowing.files} lists of page ids (labels, months), ${mb(index.narrowing.bytes)}`,
      `  fragments:    ${index.fragments.files} files, ${mb(index.fragments.bytes)} (one per article: excerpt text and metadata)`,
    ].join('\n'),
  );

  writeFileSync(
    path.join(siteDir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench:search</title></head><body></body></html>',
  );
  const server = await startServer({ dir: siteDir, port: 0 });
  const browser = await launchBrowser();
  try {
    console.log(
      `\nqueries in headless Chromium, each in a fresh context (empty cache), median of ${runs}; ` +
        `bytes as transferred (gzip), first ${SHOWN} results' fragments included:`,
    );
    for (const query of QUERIES) {
      const results: QueryRun[] = [];
      for (let i = 0; i < runs; i++) results.push(await runQuery(browser, server.url, query));
      const m = (key: keyof QueryRun) => median(results.map((r) => r[key]));
      const label = `${query.name}: ${query.term}${query.label ? ` [label=${query.label}]` : ''}`;
      console.log(
        `  ${label.padEnd(50)} ${String(m('total')).padStart(6)} results · query ${kb(m('query')).padStart(9)} ` +
          `in ${String(m('requests')).padStart(2)} requests (+ startup ${kb(m('startup'))}) · ` +
          `startup ${m('init').toFixed(0)} ms, search ${m('search').toFixed(0)} ms, ` +
          `first ${SHOWN} shown ${m('shown').toFixed(0)} ms`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
  if (values.keep) console.log(`kept: ${work}`);
} finally {
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}
