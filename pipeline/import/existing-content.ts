import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { isValidTimeZone } from '../../src/contract/month';
import { slugify } from '../../src/contract/slug';
import { ImportError } from './import-error';

/** What the target content folder already holds, so an import adds to it without clashing. */
export interface ExistingContent {
  /** Whether `site.json` exists (it is created only when it does not). */
  hasSite: boolean;
  timeZone: string;
  /** Slugs and file names in use, lower-cased. */
  takenSlugs: Set<string>;
  /** Old permalink paths already taken → the title of the article that has them. */
  aliases: Map<string, string>;
  /** Label slug → the name the archive already uses for it. */
  labels: Map<string, string>;
}

async function errorCode(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? 'ERROR';
  }
}

async function readSiteTimeZone(contentDir: string): Promise<{ hasSite: boolean; timeZone: string }> {
  const file = path.join(contentDir, 'site.json');
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { hasSite: false, timeZone: 'UTC' };
    throw new ImportError([`cannot read ${file}: ${(error as Error).message}`]);
  }
  let site: unknown;
  try {
    site = JSON.parse(source);
  } catch (error) {
    throw new ImportError([`${file} is not valid JSON: ${(error as Error).message}`]);
  }
  const timeZone = (site as { timeZone?: unknown } | null)?.timeZone ?? 'UTC';
  if (typeof timeZone !== 'string' || !isValidTimeZone(timeZone)) {
    throw new ImportError([`${file} has an unknown timeZone: ${JSON.stringify(timeZone)}`]);
  }
  return { hasSite: true, timeZone };
}

async function markdownFiles(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => path.join(e.parentPath, e.name));
}

function frontMatterOf(source: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return {};
  try {
    const data: unknown = parse(match[1]!);
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  } catch {
    // A broken article is the content pipeline's to report; here it only costs its slug's reservation.
    return {};
  }
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

export async function readExistingContent(contentDir: string): Promise<ExistingContent> {
  if ((await errorCode(readdir(contentDir))) === 'ENOTDIR') {
    throw new ImportError([`${contentDir} is a file, not a content folder`]);
  }
  const existing: ExistingContent = {
    ...(await readSiteTimeZone(contentDir)),
    takenSlugs: new Set(),
    aliases: new Map(),
    labels: new Map(),
  };
  for (const file of await markdownFiles(path.join(contentDir, 'articles'))) {
    const data = frontMatterOf(await readFile(file, 'utf8'));
    existing.takenSlugs.add(path.basename(file, '.md').toLowerCase());
    if (typeof data.slug === 'string') existing.takenSlugs.add(data.slug.toLowerCase());
    const title = typeof data.title === 'string' ? data.title : '';
    for (const alias of strings(data.aliases)) existing.aliases.set(alias, title);
    for (const name of strings(data.labels)) {
      const slug = slugify(name);
      if (slug && !existing.labels.has(slug)) existing.labels.set(slug, name);
    }
  }
  return existing;
}
