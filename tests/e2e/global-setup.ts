import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    distDir: string;
  }
}

/** Serves the built app once for all e2e files, exactly as `npm run preview` does. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const distDir = resolve(process.env.E2E_DIST ?? 'dist');
  for (const file of ['index.html', 'api/v1/feed/1.json']) {
    if (!existsSync(join(distDir, file))) {
      throw new Error(`${join(distDir, file)} is missing: run \`npm run build\` before the e2e tests.`);
    }
  }
  const server = await startServer({ dir: distDir, port: 0 });
  project.provide('baseURL', server.url);
  project.provide('distDir', distDir);
  return server.close;
}
