import path from 'node:path';
import { parseArgs } from 'node:util';
import { API_PREFIX } from '../src/contract/api-paths';
import { buildApi } from './build-api';
import { formatProblem } from './problems';

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: 'content' },
    out: { type: 'string', default: path.join('public', API_PREFIX) },
    workers: { type: 'string' },
    /** Skip the search index (for pipeline benchmarks; the reader's search needs it). */
    'no-search': { type: 'boolean', default: false },
    /** Also print how long each step took (the benchmark uses it). */
    timings: { type: 'boolean', default: false },
  },
});
const contentDir = values.content;
const outDir = values.out;
const workers = values.workers === undefined ? undefined : Number(values.workers);
if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0)) {
  console.error(`content: --workers expects a whole number, got "${values.workers}"`);
  process.exit(2);
}

const result = await buildApi({ contentDir, outDir, workers, search: !values['no-search'] });
if (result.ok) {
  const { articles, labels, months, files, bytes, ms, steps } = result.stats;
  console.log(
    `content: ${articles} articles, ${labels} labels, ${months} months → ${files} files ` +
      `(${(bytes / 1024 / 1024).toFixed(1)} MB) in ${outDir} in ${ms} ms`,
  );
  if (values.timings) {
    const parts = Object.entries(steps).map(([step, stepMs]) => `${step} ${(stepMs / 1000).toFixed(1)} s`);
    console.log(`content: steps: ${parts.join(', ')}`);
  }
} else {
  for (const problem of result.problems) console.error(formatProblem(problem));
  const fileCount = new Set(result.problems.map((p) => p.file)).size;
  console.error(
    `content: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} in ${fileCount} ` +
      `file${fileCount === 1 ? '' : 's'}; nothing written (${outDir} is unchanged)`,
  );
  process.exitCode = 1;
}
