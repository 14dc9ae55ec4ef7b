import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { FIXTURE_API_DIR, FIXTURE_CONTENT_DIR } from './fixture-api';

/** Builds the fixture archive's API with the real pipeline, so the handlers serve what it writes. */
export default function setup(): void {
  const root = resolve(import.meta.dirname, '../..');
  execFileSync(
    process.execPath,
    [
      resolve(root, 'node_modules/tsx/dist/cli.mjs'),
      'pipeline/cli.ts',
      '--content',
      FIXTURE_CONTENT_DIR,
      '--out',
      FIXTURE_API_DIR,
    ],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
}
