import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/** A new empty folder beside `outDir`, on the same disk, so that it can be renamed into place. */
export function createStagingFolder(outDir: string): string {
  const parent = path.dirname(path.resolve(outDir));
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(path.join(parent, `.${path.basename(outDir)}.staging-`));
}

/** Puts the staged output in `outDir`'s place; the previous output is removed only once it has been replaced. */
export function swapIn(staging: string, outDir: string): void {
  const target = path.resolve(outDir);
  if (!existsSync(target)) {
    renameSync(staging, target);
    return;
  }
  const previous = `${staging}.previous`;
  renameSync(target, previous);
  try {
    renameSync(staging, target);
  } catch (error) {
    renameSync(previous, target);
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
}

export function discard(staging: string): void {
  rmSync(staging, { recursive: true, force: true });
}
