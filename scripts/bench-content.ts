import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeSyntheticArchive } from './synthetic-archive';

const LIST_LIMIT = 64 * 1024;
const TARGET_SECONDS = 60;
const TARGET_RSS = 1.5 * 1024 ** 3;

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '1' },
    workers: { type: 'string' },
    /**
     * Also build the search index. Off by default: at 100,000 articles Pagefind takes minutes, which
     * would hide the JSON API's own figures; npm run bench:search measures the index.
     */
    search: { type: 'boolean', default: false },
    /** The default now; still accepted so that earlier command lines keep working. */
    'no-search': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const articles = Number(values.articles);
if (!Number.isInteger(articles) || articles < 0)
  throw new Error(`--articles: expected a whole number, got ${values.articles}`);

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Runs the real CLI in its own process, with a preload that reports its peak RSS on exit. */
function runPipeline(
  contentDir: string,
  outDir: string,
): Promise<{ seconds: number; maxRss: number; cpuSeconds: number; output: string }> {
  const args = ['--import', 'tsx', '--import', './scripts/bench-content-rss.ts', 'pipeline/cli.ts'];
  args.push('--content', contentDir, '--out', outDir, '--timings');
  if (values.workers) args.push('--workers', values.workers);
  if (!values.search) args.push('--no-search');
  const started = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const report = /bench-content:maxRSS=(\d+) cpu=(\d+)/.exec(stderr);
      const maxRss = Number(report?.[1] ?? NaN);
      const cpuSeconds = Number(report?.[2] ?? NaN) / 1e6;
      const output = (stdout + stderr.replace(/\n?bench-content:maxRSS=.*\n/, '')).trim();
      if (code === 0) resolve({ seconds, maxRss, cpuSeconds, output });
      else reject(new Error(`the pipeline failed (exit code ${code}):\n${output}`));
    });
  });
}

interface TreeStats {
  files: number;
  bytes: number;
  largestList: { path: string; bytes: number };
  largestArticle: { path: string; bytes: number };
  listsOverLimit: number;
}

function measureTree(root: string): TreeStats {
  const stats: TreeStats = {
    files: 0,
    bytes: 0,
    largestList: { path: '', bytes: 0 },
    largestArticle: { path: '', bytes: 0 },
    listsOverLimit: 0,
  };
  for (const entry of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(path.join(root, entry));
    if (!stat.isFile()) continue;
    const size = stat.size;
    stats.files++;
    stats.bytes += size;
    // Paged lists are the numbered files: feed/1.json, months/…/1.json, labels/…/1.json.
    const kind = /^\d+\.json$/.test(path.basename(entry))
      ? 'largestList'
      : entry.startsWith('articles')
        ? 'largestArticle'
        : null;
    if (kind && size > stats[kind].bytes) stats[kind] = { path: entry, bytes: size };
    if (kind === 'largestList' && size > LIST_LIMIT) stats.listsOverLimit++;
  }
  return stats;
}

// Other work on the machine slows the pipeline down; say how busy it was.
console.log(
  `load average: ${loadavg()
    .map((n) => n.toFixed(2))
    .join(', ')} on ${availableParallelism()} cores`,
);
const work = mkdtempSync(path.join(tmpdir(), 'hyperread-bench-'));
const contentDir = path.join(work, 'content');
const outDir = path.join(work, 'api');
try {
  const started = performance.now();
  const { bytes } = writeSyntheticArchive({ dir: contentDir, articles, seed: Number(values.seed) });
  console.log(
    `generated ${articles} articles (${mb(bytes)} of Markdown) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  const run = await runPipeline(contentDir, outDir);
  console.log(run.output.replace(/^content: /gm, 'pipeline: '));
  if (!values.search)
    console.log(
      '(run with --no-search: no search index; npm run bench:search measures it, --search adds it here)',
    );
  const tree = measureTree(outDir);
  const ok = (good: boolean) => (good ? 'ok' : 'OVER TARGET');
  console.log(
    [
      `articles/s:     ${Math.round(articles / run.seconds)}`,
      `wall time:      ${run.seconds.toFixed(1)} s (target ≤ ${TARGET_SECONDS} s: ${ok(run.seconds <= TARGET_SECONDS)})`,
      `CPU time:       ${run.cpuSeconds.toFixed(1)} s (user + system, all threads; ${Math.round((100 * run.cpuSeconds) / run.seconds)}% of one core on average)`,
      `peak RSS:       ${mb(run.maxRss)} (target < ${mb(TARGET_RSS)}: ${ok(run.maxRss < TARGET_RSS)})`,
      `files:          ${tree.files}, ${mb(tree.bytes)} in all`,
      `largest list:   ${tree.largestList.path} ${kb(tree.largestList.bytes)} (limit ${kb(LIST_LIMIT)}: ${ok(tree.listsOverLimit === 0)})`,
      `largest article: ${tree.largestArticle.path} ${kb(tree.largestArticle.bytes)}`,
    ].join('\n'),
  );
  if (values.keep) console.log(`kept: ${work}`);
} finally {
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}
