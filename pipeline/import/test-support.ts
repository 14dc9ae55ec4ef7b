import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';

/** Test helpers for the import: temporary folders and the articles written into them. */

export const fixture = (name: string) => path.resolve('tests/fixtures/import', name);

export async function withTempDir<T>(run: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), 'hyperread-import-'));
  try {
    return await run(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Every file under a folder (relative paths with `/`), sorted; [] when the folder does not exist. */
export async function listFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries
      .filter((e) => e.isFile())
      .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** The folders and files under a folder with their contents, to show that nothing changed. */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const file of await listFiles(dir)) files[file] = await readFile(path.join(dir, file), 'utf8');
  const entries = await readdir(dir, { recursive: true }).catch(() => []);
  return { ...files, '(entries)': entries.sort().join('\n') };
}

export interface WrittenArticle {
  data: Record<string, unknown>;
  body: string;
}

export async function readArticle(dir: string, file: string): Promise<WrittenArticle> {
  const source = await readFile(path.join(dir, file), 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n\n?([\s\S]*)$/.exec(source);
  if (!match) throw new Error(`${file} has no front matter`);
  return { data: parse(match[1]!) as Record<string, unknown>, body: match[2]! };
}
