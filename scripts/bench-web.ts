import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { API_PREFIX, apiPaths } from '../src/contract/api-paths';
import { paths } from '../src/contract/paths';
import { launchBrowser } from '../tests/e2e/browser';
import { readBuiltApi } from '../tests/e2e/built-api';
import { PROBE_SCRIPT, READ_PROBE_SCRIPT, type ProbeReport } from './e2e-page-probe';
import { startServer } from './serve';

/** The budget: the initial JavaScript of any route, gzipped. */
const JS_BUDGET = 120 * 1024;

const { values: args } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    dir: { type: 'string', default: 'dist' },
    runs: { type: 'string', default: '5' },
    // The other route kinds are measured for their initial JavaScript only: fewer runs, local only.
    'other-runs': { type: 'string', default: '2' },
    rtt: { type: 'string', default: '40' },
  },
});
const runs = Math.max(1, Number(args.runs));
const otherRuns = Math.max(1, Number(args['other-runs']));
const rtt = Number(args.rtt);

type Network = { label: string; latency: number; download: number; upload: number };
const LOCAL: Network = { label: 'local', latency: 0, download: -1, upload: -1 };
const SLOW: Network = {
  label: `${rtt} ms RTT, 10 Mbit/s`,
  latency: rtt,
  download: 1_250_000,
  upload: 625_000,
};
const networks = rtt > 0 ? [LOCAL, SLOW] : [LOCAL];

/** `json` is the view's own file, for the waterfall check; `runs` overrides the runs of the main routes. */
type Route = { name: string; path: string; title: string | null; json: string; runs?: number };
type Kind = 'js' | 'css' | 'json' | 'other';
type Load = {
  h1: number;
  lcp: number | null;
  cls: number;
  requests: Record<Kind, number>;
  bytes: Record<Kind | 'html', number>;
  jsBeforeH1: number;
  report: ProbeReport;
};

const kindOf = (url: string): Kind => {
  const ext = /\.(\w+)$/.exec(new URL(url).pathname)?.[1];
  return ext === 'js' || ext === 'css' || ext === 'json' ? ext : 'other';
};
const pathOf = (url: string) => decodeURIComponent(new URL(url).pathname);
/** The run whose `key` is the median: its details (waterfall, shifts) stand for the row. */
const typical = <T>(xs: T[], key: (x: T) => number) =>
  [...xs].sort((a, b) => key(a) - key(b))[Math.floor((xs.length - 1) / 2)]!;
const median = (xs: number[]) => (xs.length > 0 ? typical(xs, (x) => x) : NaN);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (t: number | null) => (t === null || Number.isNaN(t) ? 'n/a' : `${t.toFixed(0)} ms`);

async function openPage(browser: Browser, baseURL: string, network: Network): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  if (network !== LOCAL) {
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

/** When the `<h1>` first read `title` (any text when null) at or after `after` ms. */
async function headingTime(page: Page, title: string | null, after = 0): Promise<number> {
  const handle = await page.waitForFunction(
    ([title, after]) => {
      const { headings } = (window as unknown as { __probe: ProbeReport }).__probe;
      const seen = headings.find((h) => h.at >= Number(after) && (title === '' || h.text === title));
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
async function load(browser: Browser, baseURL: string, route: Route, network: Network): Promise<Load> {
  const page = await openPage(browser, baseURL, network);
  await page.goto(route.path);
  const h1 = await headingTime(page, route.title);
  const report = await settle(page);
  await page.context().close();

  const requests: Load['requests'] = { js: 0, css: 0, json: 0, other: 0 };
  const bytes: Load['bytes'] = { js: 0, css: 0, json: 0, other: 0, html: report.document.transferSize };
  let jsBeforeH1 = 0;
  for (const resource of report.resources) {
    const kind = kindOf(resource.url);
    requests[kind] += 1;
    bytes[kind] += resource.transferSize;
    if (kind === 'js' && resource.end <= h1) jsBeforeH1 += resource.encodedBodySize;
  }
  return { h1, lcp: report.lcp, cls: report.cls, requests, bytes, jsBeforeH1, report };
}

/** From the feed, hover a link (or not), click it: time to the new `<h1>` and the requests after the click. */
async function click(browser: Browser, baseURL: string, target: Route, network: Network, hover: boolean) {
  const page = await openPage(browser, baseURL, network);
  await page.goto('/');
  await headingTime(page, null);
  await page.waitForLoadState('networkidle');
  const link = page
    // List links carry their list (`?from=feed`) after the article's path.
    .locator(
      [encodeURI(target.path), target.path]
        .map((p) => `main a[href="${p}"], main a[href^="${p}?"]`)
        .join(', '),
    )
    .first();
  if (hover) {
    const prefetched = page.waitForResponse((r) => pathOf(r.url()) === target.json, { timeout: 5000 });
    await link.hover();
    await (await prefetched.catch(() => null))?.finished();
    await page.waitForTimeout(200);
    await link.click();
  } else {
    // A click event without the pointer moving there first: nothing was prefetched.
    await link.dispatchEvent('click');
  }
  const clickAt = (await page.evaluate('window.__probe.clickAt')) as number;
  const h1 = await headingTime(page, target.title, clickAt);
  const report = await settle(page);
  await page.context().close();
  const after = report.resources.filter((r) => r.start >= clickAt).map((r) => pathOf(r.url));
  return { toH1: h1 - clickAt, after };
}

/** Columns in `left` are text (left-aligned); the others are figures. */
function table(rows: string[][], left = [0, 1]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  const line = (row: string[], r: number) =>
    row
      .map((cell, i) => (left.includes(i) || r === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ');
  return rows.map(line).join('\n');
}

/** The JS and JSON of one load before its `<h1>`, against navigation start: is there an HTML → JS → JSON chain? */
function waterfall(route: Route, run: Load): string {
  const row = (kind: string, start: number, end: number, what: string) =>
    `  ${kind.padEnd(8)}${start.toFixed(0).padStart(6)} →${end.toFixed(0).padStart(6)}  ${what}`;
  const early = run.report.resources.filter((r) => r.start <= run.h1).sort((a, b) => a.start - b.start);
  const lines = [
    `Waterfall, ${route.name} ${route.path} (local, median run), ms from navigation start:`,
    row('html', 0, run.report.document.responseEnd, route.path),
    ...early.map((r) => {
      const size = kindOf(r.url) === 'js' ? `  ${kb(r.encodedBodySize)} gzip` : '';
      return row(kindOf(r.url), r.start, r.end, `${pathOf(r.url)}${size}`);
    }),
    `  <h1>    ${run.h1.toFixed(0).padStart(6)}`,
  ];
  const json = early.find((r) => pathOf(r.url) === route.json);
  const scripts = early.filter((r) => kindOf(r.url) === 'js' && r.end <= run.h1);
  // The main app chunk: the largest script the first render needed.
  const main = [...scripts].sort((a, b) => b.encodedBodySize - a.encodedBodySize)[0];
  if (!json || !main) {
    lines.push(`  ${route.json} was ${json ? '' : 'not '}requested before the <h1>; no app chunk was found.`);
  } else {
    const verdict =
      json.start < main.end ? 'yes: no HTML → JS → JSON waterfall' : 'NO: the JSON waited for the app';
    lines.push(
      `  ${route.json} started at ${json.start.toFixed(0)} ms, before the main app chunk ` +
        `${pathOf(main.url)} (${kb(main.encodedBodySize)}) finished at ${main.end.toFixed(0)} ms? ${verdict}`,
    );
  }
  const shifts = [...run.report.shifts].sort((a, b) => b.value - a.value).slice(0, 3);
  if (shifts.length > 0) {
    lines.push(`  largest layout shifts (CLS ${run.cls.toFixed(3)}):`);
    for (const s of shifts)
      lines.push(`    ${s.value.toFixed(3)} at ${s.at.toFixed(0)} ms: ${s.nodes.join(', ')}`);
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  if (!args['no-build']) {
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const distDir = resolve(args.dir);
  const api = readBuiltApi(distDir);
  const apiFile = (file: string) => `/${API_PREFIX}/${file}`;
  const article = api.middleArticle();
  const routes: Route[] = [
    { name: 'feed', path: paths.feed(), title: null, json: apiFile(apiPaths.feed(1)) },
    {
      name: 'article',
      path: paths.article(article),
      title: article.title,
      json: apiFile(apiPaths.article(article.slug)),
    },
  ];
  // Every other kind of route, deep-linked: measured on the local network only, with fewer runs.
  const { month } = article;
  const topLabel = [...api.labels().labels].sort((a, b) => b.count - a.count)[0]!;
  const labelMonth = api.labelMonths(topLabel.slug).years[0]!.months[0]!.month;
  const word = article.title.split(/\W+/).find((w) => w.length >= 5) ?? article.title.split(' ')[0]!;
  const others: Route[] = [
    { name: 'month', path: paths.month(month), title: null, json: apiFile(apiPaths.month(month, 1)) },
    {
      name: 'label',
      path: paths.label(topLabel.slug),
      title: null,
      json: apiFile(apiPaths.label(topLabel.slug, 1)),
    },
    {
      name: 'label+month',
      path: paths.label(topLabel.slug, { month: labelMonth }),
      title: null,
      json: apiFile(apiPaths.labelMonth(topLabel.slug, labelMonth, 1)),
    },
    { name: 'archive', path: paths.archive(), title: null, json: apiFile(apiPaths.archive()) },
    { name: 'year', path: paths.year(month.slice(0, 4)), title: null, json: apiFile(apiPaths.archive()) },
    { name: 'labels', path: paths.labels(), title: null, json: apiFile(apiPaths.labels()) },
    // Its results come from the search index; the view's own file is the labels index.
    { name: 'search', path: paths.search({ q: word }), title: null, json: apiFile(apiPaths.labels()) },
    // A URL no view claims, and a mistyped article's: its view's code and file load at once, and only
    // the file's 404 asks for the redirects (an old permalink?), so the check is on the article's file.
    {
      name: 'not-found',
      path: '/no/such/page/at/all',
      title: 'Page not found',
      json: apiFile(apiPaths.redirects()),
    },
    {
      name: 'not-found (article URL)',
      path: paths.article({ slug: 'no-such-article', month }),
      title: 'Page not found',
      json: apiFile(apiPaths.article('no-such-article')),
    },
  ].map((route) => ({ ...route, runs: otherRuns }));

  const feedItems = api.feed().items;
  const linked = feedItems[3] ?? feedItems.at(-1)!;
  const target: Route = {
    name: 'article',
    path: paths.article(linked),
    title: linked.title,
    json: apiFile(apiPaths.article(linked.slug)),
  };

  const server = await startServer({ dir: distDir, port: 0 });
  const browser = await launchBrowser();
  try {
    // One uncounted load per route, so the server's gzip cache is warm for every counted run.
    for (const route of [...routes, ...others]) await load(browser, server.url, route, LOCAL);

    console.log(
      `\nHyperread web benchmark: ${distDir}, served by scripts/serve.ts, Chromium ${browser.version()}`,
    );
    console.log(
      `Each row: ${runs} cold loads (fresh browser context, empty cache), median; ${otherRuns} for the ` +
        `routes after the article, local network only. KB = 1024 bytes.\n`,
    );
    const rows = [
      [
        'route',
        'network',
        'h1',
        'LCP',
        'CLS',
        'requests js/css/json',
        'bytes js / css / json / html',
        'JS gzip before h1',
      ],
    ];
    const details: string[] = [];
    const budget: string[] = [];
    for (const network of networks) {
      for (const route of network === LOCAL ? [...routes, ...others] : routes) {
        const loads: Load[] = [];
        for (let i = 0; i < (route.runs ?? runs); i++)
          loads.push(await load(browser, server.url, route, network));
        const med = (pick: (m: Load) => number | null) => median(loads.map((m) => pick(m) ?? NaN));
        const run = typical(loads, (m) => m.h1);
        rows.push([
          `${route.name} ${route.path}`,
          network.label,
          ms(med((m) => m.h1)),
          ms(med((m) => m.lcp)),
          med((m) => m.cls).toFixed(3),
          `${run.requests.js}/${run.requests.css}/${run.requests.json}`,
          (['js', 'css', 'json', 'html'] as const).map((k) => kb(med((m) => m.bytes[k]))).join(' / '),
          kb(med((m) => m.jsBeforeH1)),
        ]);
        if (network === LOCAL) {
          details.push(waterfall(route, run));
          const size = med((m) => m.jsBeforeH1);
          budget.push(
            `${route.name} ${kb(size)} (${size <= JS_BUDGET ? 'within' : 'OVER'} the ${kb(JS_BUDGET)} budget)`,
          );
        }
      }
    }
    console.log(table(rows));
    console.log(`\nInitial JavaScript, gzip, loaded before the <h1>: ${budget.join('; ')}`);
    for (const text of details) console.log(`\n${text}`);

    const clicks = [
      [
        'from the feed, link to the article',
        'network',
        'click → h1',
        'js/css/json requests after click',
        'which',
      ],
    ];
    for (const network of networks) {
      for (const hover of [true, false]) {
        const results = [];
        for (let i = 0; i < runs; i++) results.push(await click(browser, server.url, target, network, hover));
        const run = typical(results, (r) => r.toH1);
        // Chromium revalidates the favicon after a same-document navigation: not the app's doing.
        const app = run.after.filter((path) => kindOf(`http://x${path}`) !== 'other');
        const other = run.after.filter((path) => !app.includes(path));
        clicks.push([
          hover ? 'hovered, then clicked' : 'clicked without hover',
          network.label,
          ms(median(results.map((r) => r.toH1))),
          String(app.length),
          [...app, ...other.map((path) => `(${path})`)].join(', ') || 'none',
        ]);
      }
    }
    console.log(`\nClick on ${target.path} in the feed (${runs} runs each, median)`);
    console.log(table(clicks, [0, 1, 4]));
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
