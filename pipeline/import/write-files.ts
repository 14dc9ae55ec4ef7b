import { mkdir, rmdir, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PlannedFile } from './plan-articles';

async function exists(target: string): Promise<boolean> {
  try {
    await stat(target);
    return true;
  } catch {
    return false;
  }
}

/** The folders between `root` (included) and each file that do not exist yet, deepest first. */
async function missingFolders(root: string, files: PlannedFile[]): Promise<string[]> {
  const folders = new Set<string>();
  for (const file of files) {
    for (let dir = path.dirname(path.join(root, file.path)); ; dir = path.dirname(dir)) {
      folders.add(dir);
      if (dir === root || dir === path.dirname(dir)) break;
    }
  }
  const missing: string[] = [];
  for (const dir of folders) if (!(await exists(dir))) missing.push(dir);
  return missing.sort((a, b) => b.length - a.length);
}

/**
 * Writes every file or none: a file that already exists is never replaced (`wx`), and if any
 * write fails, the files and folders written so far are removed again.
 */
export async function writeAllOrNothing(root: string, files: PlannedFile[]): Promise<void> {
  const base = path.resolve(root);
  const newFolders = await missingFolders(base, files);
  const written: string[] = [];
  try {
    for (const file of files) {
      const target = path.join(base, file.path);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, file.content, { flag: 'wx' });
      written.push(target);
    }
  } catch (error) {
    await Promise.allSettled(written.map((file) => unlink(file)));
    for (const dir of newFolders) await rmdir(dir).catch(() => undefined);
    throw error;
  }
}
