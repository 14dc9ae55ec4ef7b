import { readFileSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';

/** Where the global setup writes the fixture archive's API, built by the real pipeline. */
export const FIXTURE_API_DIR = resolve(import.meta.dirname, '../../.tmp/app-fixture-api');
export const FIXTURE_CONTENT_DIR = resolve(import.meta.dirname, '../fixtures/app/content');

/** The text of an API file (a path from `apiPaths`), or null when the pipeline did not write it. */
export function readApiFile(path: string): string | null {
  const file = normalize(join(FIXTURE_API_DIR, path));
  if (!file.startsWith(FIXTURE_API_DIR + '/')) return null;
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** An API file parsed, for tests that serve a variant of a real fixture (a hostile `html`, say). */
export function readApiJson(path: string): Record<string, unknown> {
  const text = readApiFile(path);
  if (text === null) throw new Error(`The fixture API has no ${path}`);
  return JSON.parse(text) as Record<string, unknown>;
}
