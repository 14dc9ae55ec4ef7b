import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { BuildResult } from '../../pipeline/build-api';
import { buildApi } from '../../pipeline/build-api';

const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary folder, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'hyperread-pipeline-'));
  made.push(dir);
  return dir;
}

export interface SiteFile {
  title?: string;
  description?: string;
  timeZone?: string;
  pageSize?: number;
}

export interface ArticleFields {
  title?: string;
  published?: string;
  author?: string;
  labels?: string[];
  [key: string]: unknown;
}

/** An article file: front matter (values written as JSON, which is YAML) and a body. */
export function articleFile(fields: ArticleFields, body = 'Some words about virtualization.\n'): string {
  const all: ArticleFields = { title: 'A title', author: 'Ann Author', labels: [], ...fields };
  const lines = Object.entries(all)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return `---\n${lines.join('\n')}\n---\n\n${body}`;
}

/** Writes a content folder: `site.json` and `articles/<path>` for each entry of `articles`. */
export function writeContent(articles: Record<string, string>, site: SiteFile = {}, dir = tempDir()): string {
  const siteFile = {
    title: 'Test archive',
    description: 'For tests',
    timeZone: 'UTC',
    pageSize: 20,
    ...site,
  };
  writeFileSync(path.join(dir, 'site.json'), JSON.stringify(siteFile));
  mkdirSync(path.join(dir, 'articles'), { recursive: true });
  for (const [file, text] of Object.entries(articles)) {
    mkdirSync(path.dirname(path.join(dir, 'articles', file)), { recursive: true });
    writeFileSync(path.join(dir, 'articles', file), text);
  }
  return dir;
}

/** `n` articles, one a day from 2008-01-01 (UTC), slugs `a001`…, with the given labels. */
export function dailyArticles(
  n: number,
  labelsOf: (i: number) => string[] = () => [],
): Record<string, string> {
  const start = Date.UTC(2008, 0, 1, 12);
  return Object.fromEntries(
    Array.from({ length: n }, (_, i) => {
      const slug = `a${String(i + 1).padStart(3, '0')}`;
      const published = new Date(start + i * 86_400_000).toISOString().replace('.000Z', 'Z');
      return [`${slug}.md`, articleFile({ title: `Article ${i + 1}`, published, labels: labelsOf(i) })];
    }),
  );
}

export async function build(contentDir: string, options: { workers?: number; outDir?: string } = {}) {
  const outDir = options.outDir ?? path.join(contentDir, 'out');
  const result: BuildResult = await buildApi({ contentDir, outDir, workers: options.workers ?? 0 });
  return { result, outDir, read: <T = unknown>(file: string) => readJson<T>(outDir, file) };
}

/** Builds and fails the test with the problems if the build did not succeed. */
export async function buildOk(contentDir: string, options: { workers?: number; outDir?: string } = {}) {
  const built = await build(contentDir, options);
  if (!built.result.ok) throw new Error(`build failed:\n${JSON.stringify(built.result.problems, null, 2)}`);
  return { ...built, stats: built.result.stats };
}

export function readJson<T = unknown>(dir: string, file: string): T {
  return JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as T;
}

/** Every file under `dir`, as sorted relative paths. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}
