import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { buildApi } from '../pipeline/build-api';
import { API_PREFIX, apiPaths } from '../src/contract/api-paths';
import { paths } from '../src/contract/paths';
import { launchBrowser } from '../tests/e2e/browser';
import { startServer } from './serve';
import { writeSyntheticArchive } from './synthetic-archive';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '3' },
    keep: { type: 'boolean', default: false },
    // A site kept by an earlier run (--keep): measure its queries again without rebuilding it.
    site: { type: 'string' },
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

/** Prints the index's parts: what every first search loads, and the chunks a query picks from. */
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
    const stat = statSync(file);
    if (!stat.isFile()) continue;
    const { size } = stat;
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
  const all = [parts.startup, parts.index, parts.narrowing, fragments];
  console.log(
    [
      `index size:     ${all.reduce((n, p) => n + p.files, 0)} files, ${mb(all.reduce((n, p) => n + p.bytes, 0))}`,
      `  startup:      ${parts.startup.files} files, ${kb(parts.startup.bytes)} (pagefind.js, wasm, entry, metadata ${kb(meta)})`,
      `  word index:   ${parts.index.files} chunks, ${mb(parts.index.bytes)}`,
      `  narrowing:    ${parts.narrowing.files} lists of page ids (labels, months), ${mb(parts.narrowing.bytes)}`,
      `  fragments:    ${fragments.files} files, ${mb(fragments.bytes)} (one per article: excerpt text and metadata)`,
    ].join('\n'),
  );
}

type QueryRun = {
  startup: number;
  query: number;
  requests: number;
  heading: number;
  shown: number;
  /** The longest task on the page's main thread once the heading showed: how long it could not answer. */
  longestTask: number;
  total: number;
};

// Runs before the page's scripts: notes the main thread's long tasks (50 ms or more).
const LONG_TASKS_SCRIPT = `window.__longTasks = [];
new PerformanceObserver((list) => {
  for (const task of list.getEntries()) window.__longTasks.push([task.startTime, task.duration]);
}).observe({ type: 'longtask', buffered: true });`;

/**
 * One query as a reader runs it: a search link opened in a fresh browser context (empty cache),
 * timed from the navigation's start to the heading and to the first page of results on screen.
 */
async function runQuery(
  browser: Browser,
  baseURL: string,
  query: (typeof QUERIES)[number],
): Promise<QueryRun> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.addInitScript({ content: LONG_TASKS_SCRIPT });
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
  await page.goto(paths.search({ q: query.term, label: query.label }), { waitUntil: 'commit' });
  const heading = await page.waitForFunction(
    () => document.querySelector('main h1') && performance.now(),
    null,
    {
      polling: 'raf',
      timeout: 0,
    },
  );
  const shown = await page.waitForFunction(
    () => document.querySelector('main .search-results, main .search-empty') && performance.now(),
    null,
    { polling: 'raf', timeout: 0 },
  );
  const times = {
    heading: (await heading.jsonValue()) as number,
    shown: (await shown.jsonValue()) as number,
  };
  const tasks = (await page.evaluate('window.__longTasks')) as [number, number][];
  const after = tasks.filter(([start]) => start >= times.heading).map(([, length]) => length);
  const longestTask = Math.max(0, ...after);
  const summary = (await page.locator('main .list-summary').first().textContent()) ?? '';
  const total = Number(/([\d,]+) articles?/.exec(summary)?.[1]?.replaceAll(',', '') ?? 0);
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  await context.close();
  return { ...bytes, ...times, longestTask, total };
}

/** The synthetic archive, its JSON API and its search index, in `siteDir`. */
async function buildSite(): Promise<void> {
  let started = performance.now();
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
}

/** The reader itself, built as `npm run build` builds it, beside the archive's API. */
function installReader(): void {
  const appDir = path.join(work, 'app');
  const built = spawnSync(
    'npx',
    ['vite', 'build', '--outDir', appDir, '--emptyOutDir', '--logLevel', 'warn'],
    {
      stdio: 'inherit',
    },
  );
  if (built.status !== 0) throw new Error('vite build failed');
  for (const entry of readdirSync(appDir))
    if (entry !== API_PREFIX.split('/')[0])
      cpSync(path.join(appDir, entry), path.join(siteDir, entry), { recursive: true });
}

mkdirSync('.bench', { recursive: true });
const work = values.site
  ? path.resolve(values.site, '..')
  : mkdtempSync(path.join(path.resolve('.bench'), 'search-'));
const contentDir = path.join(work, 'content');
const siteDir = path.join(work, 'site');
const apiDir = path.join(siteDir, API_PREFIX);
try {
  if (!values.site) await buildSite();
  else console.log(`the archive and its index: ${siteDir}`);
  describeIndex(path.join(apiDir, apiPaths.search()));
  installReader();

  const server = await startServer({ dir: siteDir, port: 0 });
  const browser = await launchBrowser();
  try {
    console.log(
      `\nqueries in the reader in headless Chromium: a search link opened in a fresh context (empty cache), ` +
        `median of ${runs}; times from the navigation's start; bytes of the search index as transferred ` +
        `(gzip), the shown results' fragments included:`,
    );
    for (const query of QUERIES) {
      const results: QueryRun[] = [];
      for (let i = 0; i < runs; i++) results.push(await runQuery(browser, server.url, query));
      const m = (key: keyof QueryRun) => median(results.map((r) => r[key]));
      const label = `${query.name}: ${query.term}${query.label ? ` [label=${query.label}]` : ''}`;
      console.log(
        `  ${label.padEnd(50)} ${String(m('total')).padStart(6)} results · query ${kb(m('query')).padStart(9)} ` +
          `in ${String(m('requests')).padStart(2)} requests (+ startup ${kb(m('startup'))}) · ` +
          `heading ${m('heading').toFixed(0)} ms, first ${SHOWN} results shown ${m('shown').toFixed(0)} ms, ` +
          `longest main-thread task after the heading ${m('longestTask').toFixed(0)} ms`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
  if (values.keep && !values.site) console.log(`kept: ${siteDir} (--site ${siteDir} measures it again)`);
} finally {
  if (!values.keep && !values.site) rmSync(work, { recursive: true, force: true });
}
