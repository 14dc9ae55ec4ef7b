import { readdirSync } from 'node:fs';
import path from 'node:path';

/** An article's Markdown file: where to read it, and how to name it in messages. */
export interface SourceFile {
  path: string;
  display: string;
}

/** Every `*.md` under `dir`, in a stable order; none when `dir` does not exist. */
export function findArticleFiles(dir: string): SourceFile[] {
  let entries: string[];
  try {
    entries = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((entry) => entry.endsWith('.md') && !entry.split(path.sep).some((part) => part.startsWith('.')))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((entry) => ({ path: path.resolve(dir, entry), display: path.join(dir, entry) }));
}
