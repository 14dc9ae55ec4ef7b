import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { apiPaths } from '../../src/contract/api-paths';
import type { Article } from '../../src/contract/schemas';

/**
 * An article document as the pipeline just wrote it (already checked against the contract).
 * Feeds and the search index read the written files, so they carry exactly what the reader shows.
 */
export async function readWrittenArticle(apiDir: string, slug: string): Promise<Article> {
  return JSON.parse(await readFile(path.join(apiDir, apiPaths.article(slug)), 'utf8')) as Article;
}
