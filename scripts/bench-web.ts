import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { API_PREFIX, apiPaths } from '../src/contract/api-paths';
import { paths } from '../src/contract/paths';
import { launchBrowser } from '../tests/e2e/browser';
import { readBuiltApi } from '../tests/e2e/built-api';
import { PROBE_SCRIPT, READ_PROBE_SCRIPT, type ProbeReport } from './e2e-page-probe';
import { startServer } from './serve';

const JS_BUDGET = 120 * 1024;

const { values: args } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    dir: { type: 'string', default: 'dist' },
    runs: { type: 'string', default: '5' },
    rtt: { type: 'string', default: '40' },
  },
});
const runs = Math.max(1, Number(args.runs));
const rtt = Number(args.rtt);

type Network = { label: string; latency: number; download: number; upload: number } | null;
const throttled: Network = {
  label: `${rtt} ms RTT, 10 Mbit/s`,
  latency: rtt,
  download: 1_250_000,
  upload: 625_000,
};

type Kind = 'document' | 'js' | 'css' | 'json' | 'other';
type Measure = {
  h1: number;
  lcp: number | null;
  cls: number;
  requests: Record<Kind, number>;
  bytes: Record<Kind, number>;
  jsBeforeH1: number;
  report: ProbeReport;
};

const kindOf = (url: string): Kind => {
  const { pathname } = new URL(url);
  if (pathname.endsWith('.js')) return 'js';
  if (pathname.endsWith('.css')) return 'css';
  if (pathname.endsWith('.json')) return 'json';
  return 'other';
};
const zero = (): Record<Kind, number> => ({ document: 0, js: 0, css: 0, json: 0, other: 0 });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? NaN;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (t: number | null) => (t === null ? 'n/a' : `${t.toFixed(0)} ms`);
const pathOf = (url: string) => decodeURIComponent(new URL(url).pathname);

async function openPage(browser: Browser, baseURL: string, network: Network): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  if (network) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: network.latency,
      downloadThroughput: network.download,
      uploadThroughput: network.upload,
    });
  }
  await page.addInitScript({ content: PROBE_SCRIPT });
  return page;
}

async function waitForHeading(page: Page, title: string | null, after = 0): Promise<number> {
  const handle = await page.waitForFunction(
    ([title, after]) => {
      const probe = (window as unknown as { __probe: ProbeReport }).__probe;
      const seen = probe.headings.find((h) => h.at >= Number(after) && (title === '' || h.text === title));
      return seen?.at ?? false;
    },
    [title ?? '', after] as const,
    { timeout: 30_000 },
  );
  return (await handle.jsonValue()) as number;
}

async function settle(page: Page): Promise<ProbeReport> {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  return (await page.evaluate(READ_PROBE_SCRIPT)) as ProbeReport;
}

/** One cold load of a deep link, in a fresh context (empty cache). */
async function load(browser: Browser, baseURL: string, path: string, title: string | null, network: Network) {
  const page = await openPage(browser, baseURL, network);
  await page.goto(path);
  const h1 = await waitForHeading(page, title);
  const report = await settle(page);
  await page.context().close();

  const requests = zero();
  const bytes = zero();
  requests.document = 1;
  bytes.document = report.document.transferSize;
  let jsBeforeH1 = 0;
  for (const resource of report.resources) {
    const kind = kindOf(resource.url);
    requests[kind] += 1;
    bytes[kind] += resource.transferSize;
    if (kind === 'js' && resource.end <= h1) jsBeforeH1 += resource.encodedBodySize;
  }
  return { h1, lcp: report.lcp, cls: report.cls, requests, bytes, jsBeforeH1, report } satisfies Measure;
}

/** Hover a link in the feed, let its prefetch land, click: time to the new `<h1>`, requests after. */
async function hoverThenClick(
  browser: Browser,
  baseURL: string,
  target: { path: string; title: string; apiFile: string },
  hover: boolean,
) {
  const page = await openPage(browser, baseURL, null);
  await page.goto('/');
  await waitForHeading(page, null);
  await page.waitForLoadState('networkidle');
  const link = page
    .locator(`main a[href="${encodeURI(target.path)}"], main a[href="${target.path}"]`)
    .first();
  if (hover) {
    const prefetched = page
      .waitForResponse((r) => pathOf(r.url()) === target.apiFile, { timeout: 3000 })
      .catch(() => null);
    await link.hover();
    await (await prefetched)?.finished();
    await page.waitForTimeout(200);
    await link.click();
  } else {
    // A click with no pointer movement before it, so nothing was prefetched.
    await link.dispatchEvent('click');
  }
  const clickAt = (await page.evaluate('window.__probe.clickAt')) as number;
  const h1 = await waitForHeading(page, target.title, clickAt);
  const report = await settle(page);
  await page.context().close();
  const after = report.resources.filter((r) => r.start >= clickAt);
  return { toH1: h1 - clickAt, requests: after.length, kinds: after.map((r) => kindOf(r.url)) };
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows
    .map((row, r) =>
      row
        .map((cell, i) => (i === 0 || r === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
        .join('  '),
    )
    .join('\n');
}

function entryScript(distDir: string): string | null {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  return /<script[^>]*type="module"[^>]*src="([^"]+)"/.exec(html)?.[1] ?? null;
}

async function main(): Promise<void> {
  if (!args['no-build']) {
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const distDir = resolve(args.dir);
  const api = readBuiltApi(distDir);
  const article = api.middleArticle();
  const entry = entryScript(distDir);
  const apiFile = (file: string) => `/${API_PREFIX}/${file}`;
  const routes = [
    { name: 'feed', path: paths.feed(), title: null, json: apiFile(apiPaths.feed(1)) },
    {
      name: 'article',
      path: paths.article(article),
      title: article.title,
      json: apiFile(apiPaths.article(article.slug)),
    },
  ];

  const server = await startServer({ dir: distDir, port: 0 });
  const browser = await launchBrowser();
  try {
    console.log(
      `\nHyperread web benchmark: ${distDir} served by scripts/serve.ts, Chromium ${browser.version()}`,
    );
    console.log(`${runs} cold runs per row (fresh context, empty cache), median; KB = 1024 bytes\n`);

    const networks: Network[] = rtt > 0 ? [null, throttled] : [null];
    const summary = [
      [
        'route',
        'network',
        'h1',
        'LCP',
        'CLS',
        'requests js/css/json',
        'transferred js/css/json/html',
        'JS gzip before h1',
      ],
    ];
    const waterfalls: string[] = [];
    const budget: string[] = [];
    for (const network of networks) {
      for (const route of routes) {
        const measures: Measure[] = [];
        for (let i = 0; i < runs; i++)
          measures.push(await load(browser, server.url, route.path, route.title, network));
        const typical = [...measures].sort((a, b) => a.h1 - b.h1)[Math.floor((measures.length - 1) / 2)]!;
        const med = (pick: (m: Measure) => number) => median(measures.map(pick));
        summary.push([
          `${route.name} ${route.path}`,
          network?.label ?? 'local',
          ms(med((m) => m.h1)),
          ms(med((m) => m.lcp ?? NaN)),
          med((m) => m.cls).toFixed(3),
          `${typical.requests.js}/${typical.requests.css}/${typical.requests.json}`,
          ['js', 'css', 'json', 'document'].map((k) => kb(med((m) => m.bytes[k as Kind]))).join(' / '),
          kb(med((m) => m.jsBeforeH1)),
        ]);
        if (network === null) {
          waterfalls.push(waterfall(route, typical, entry));
          const size = med((m) => m.jsBeforeH1);
          budget.push(
            `${route.name}: ${kb(size)} ${size <= JS_BUDGET ? 'within' : 'OVER'} the ${kb(JS_BUDGET)} budget`,
          );
        }
      }
    }
    console.log(table(summary));
    console.log(`\nInitial JavaScript (gzip, loaded before the <h1>): ${budget.join('; ')}`);
    for (const text of waterfalls) console.log(`\n${text}`);

    const first = api.feed().items;
    const targetSummary = first[3] ?? first.at(-1)!;
    const target = {
      path: paths.article(targetSummary),
      title: targetSummary.title,
      apiFile: apiFile(apiPaths.article(targetSummary.slug)),
    };
    const clicks = [['link in the feed', 'click → h1', 'requests after click', 'kinds']];
    for (const hover of [true, false]) {
      const results = [];
      for (let i = 0; i < runs; i++) results.push(await hoverThenClick(browser, server.url, target, hover));
      const typical = [...results].sort((a, b) => a.toH1 - b.toH1)[Math.floor((results.length - 1) / 2)]!;
      clicks.push([
        hover ? 'hovered, then clicked' : 'clicked without hover (no prefetch)',
        ms(median(results.map((r) => r.toH1))),
        String(median(results.map((r) => r.requests))),
        typical.kinds.join(', ') || 'none',
      ]);
    }
    console.log(`\nFrom the feed to ${target.path} (local network, ${runs} runs, median)`);
    console.log(table(clicks));
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The JS and JSON requests of one load, relative to navigation start: is there an HTML → JS → JSON chain? */
function waterfall(
  route: { name: string; path: string; json: string },
  m: Measure,
  entry: string | null,
): string {
  const lines = [`Waterfall, ${route.name} ${route.path} (local, median run), ms from navigation start:`];
  lines.push(
    `  document  ${'0'.padStart(5)} → ${m.report.document.responseEnd.toFixed(0).padStart(5)}  ${route.path}`,
  );
  const shown = m.report.resources.filter(
    (r) => ['js', 'css', 'json'].includes(kindOf(r.url)) && r.start <= m.h1,
  );
  for (const r of shown.sort((a, b) => a.start - b.start)) {
    const size = kindOf(r.url) === 'js' ? `  ${kb(r.encodedBodySize)} gzip` : '';
    lines.push(
      `  ${kindOf(r.url).padEnd(8)}  ${r.start.toFixed(0).padStart(5)} → ${r.end.toFixed(0).padStart(5)}  ${pathOf(r.url)}${size}`,
    );
  }
  lines.push(`  <h1>      ${m.h1.toFixed(0).padStart(5)}`);
  const json = m.report.resources.find((r) => pathOf(r.url) === route.json);
  const main = m.report.resources.find((r) => entry !== null && pathOf(r.url) === entry);
  if (!json) lines.push(`  The route's JSON (${route.json}) was not requested.`);
  else if (!main) lines.push(`  The entry chunk (${entry}) was not found among the requests.`);
  else {
    const early = json.start < main.end;
    lines.push(
      `  ${route.json} started at ${json.start.toFixed(0)} ms, the entry chunk ${entry} finished at ${main.end.toFixed(0)} ms: ` +
        (early ? 'no HTML → JS → JSON waterfall' : 'WATERFALL (the JSON waited for the JS)'),
    );
  }
  return lines.join('\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
