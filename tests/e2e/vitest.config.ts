import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The browser tests: the built app in headless Chromium, apart from the unit projects in vite.config.ts. */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    setupFiles: ['tests/e2e/setup.ts'],
    // One Chromium at a time: the machines have two cores, and timings stay honest.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
