import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { apiPaths } from '../../src/contract/api-paths';
import type { ArchiveIndex } from '../archive-index';
import { readWrittenArticle } from '../feeds/written-articles';
import { writeSearchNarrowing } from './narrowing';
import { SEARCH_LANGUAGE, searchRecord } from './search-record';

/** Records sent to Pagefind at once: enough to keep its process busy, few enough to bound memory. */
const BATCH = 500;

/**
 * Pagefind's ready-made search interfaces (the reader has its own) and its worker (the reader loads
 * Pagefind in its own search worker, where Pagefind searches in that thread): not deployed.
 */
const UNUSED_FILES = [
  'pagefind-worker.js',
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

export interface SearchIndexStats {
  records: number;
  files: number;
  bytes: number;
  ms: number;
}

function measure(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

const fail = (what: string, errors: string[]) => new Error(`search index: ${what}: ${errors.join('; ')}`);

/**
 * Builds the Pagefind index of every article into `apiDir/search/`, from the article files already
 * written there. Pagefind splits it into chunks, so a search in the browser fetches only the
 * chunks of its words and the fragments of the results it shows.
 */
export async function buildSearchIndex(apiDir: string, index: ArchiveIndex): Promise<SearchIndexStats> {
  const started = performance.now();
  const created = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
  if (!created.index) throw fail('could not start Pagefind', created.errors);
  const search = created.index;
  try {
    const { summaries } = index;
    for (let start = 0; start < summaries.length; start += BATCH) {
      const articles = await Promise.all(
        summaries.slice(start, start + BATCH).map(({ slug }) => readWrittenArticle(apiDir, slug)),
      );
      // In archive order, newest first: Pagefind numbers pages as they come, which keeps the index the
      // same build after build and ranks equally relevant results newest first.
      const added = await Promise.all(
        articles.map((article) => search.addCustomRecord(searchRecord(article))),
      );
      const errors = added.flatMap((a) => a.errors);
      if (errors.length > 0) throw fail('could not add articles', errors);
    }
    const outputPath = path.join(apiDir, apiPaths.search());
    const written = await search.writeFiles({ outputPath });
    if (written.errors.length > 0) throw fail('could not write', written.errors);
    for (const file of UNUSED_FILES) rmSync(path.join(outputPath, file), { force: true });
    await writeSearchNarrowing(apiDir, index);
    return { records: summaries.length, ...measure(outputPath), ms: Math.round(performance.now() - started) };
  } finally {
    await pagefind.close();
  }
}
