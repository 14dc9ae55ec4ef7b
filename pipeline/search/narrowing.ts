import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { apiPaths } from '../../src/contract/api-paths';
import { paths } from '../../src/contract/paths';
import { SearchNarrowingSchema } from '../../src/contract/search';
import type { ArchiveIndex } from '../archive-index';
import { JsonWriter } from '../json-writer';

const FRAGMENT = /\.pf_fragment$/;

type Fragment = { url: string };

/**
 * Every page's id, by its URL. Pagefind names each fragment file by its page's id, and the
 * fragment (gzip, after a signature) holds the URL; a grouped fragment file holds several by id.
 */
function pageIdsByUrl(searchDir: string): Map<string, string> {
  const ids = new Map<string, string>();
  const folder = path.join(searchDir, 'fragment');
  // An empty archive has no pages, and Pagefind writes no fragment folder.
  if (!existsSync(folder)) return ids;
  for (const file of readdirSync(folder).filter((f) => FRAGMENT.test(f))) {
    const text = gunzipSync(readFileSync(path.join(folder, file))).toString('utf8');
    const json = JSON.parse(text.slice(text.indexOf('{'))) as Fragment | Record<string, Fragment>;
    if (typeof json.url === 'string') ids.set(json.url, file.replace(FRAGMENT, ''));
    else
      for (const [id, fragment] of Object.entries(json as Record<string, Fragment>))
        ids.set(fragment.url, id);
  }
  return ids;
}

/**
 * Writes, for each label and each month, the ids of its articles' pages in the search index
 * (`search/labels/{label}.json`, `search/months/{yyyy-mm}.json`), newest first.
 */
export async function writeSearchNarrowing(apiDir: string, index: ArchiveIndex): Promise<void> {
  const ids = pageIdsByUrl(path.join(apiDir, apiPaths.search()));
  const idAt = (position: number) => {
    const url = paths.article(index.summaries[position]!);
    const id = ids.get(url);
    if (!id) throw new Error(`pipeline bug: the search index has no page for ${url}`);
    return id;
  };
  const writer = new JsonWriter(apiDir);
  for (const { slug, positions } of index.labels)
    await writer.write(apiPaths.searchLabel(slug), SearchNarrowingSchema, positions.map(idAt));
  for (const { month, positions } of index.months)
    await writer.write(apiPaths.searchMonth(month), SearchNarrowingSchema, positions.map(idAt));
}
