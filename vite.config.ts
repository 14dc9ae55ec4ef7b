import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin, ResolveModulePreloadDependenciesFn, Rolldown } from 'vite';
import { defineConfig } from 'vitest/config';

/** React Router's production build: the same code with its development warnings switched off. */
const reactRouterProduction = (file: string) =>
  fileURLToPath(new URL(`./node_modules/react-router/dist/production/${file}`, import.meta.url));

/**
 * Vite lists, at each dynamic import, every chunk the imported one needs, to preload them. Those the
 * importing chunk imports itself (React, the app's main chunk…) are loaded by then: this drops them
 * from the lists, which every view's first load otherwise downloads.
 */
function loadedChunks() {
  let bundle: Rolldown.OutputBundle = {};
  const staticImports = (file: string, seen = new Set<string>()): Set<string> => {
    const chunk = bundle[file];
    if (seen.has(file) || chunk?.type !== 'chunk') return seen;
    seen.add(file);
    for (const imported of chunk.imports) staticImports(imported, seen);
    return seen;
  };
  const plugin: Plugin = {
    name: 'hyperread:bundle-graph',
    generateBundle: { order: 'pre', handler: (_, output) => void (bundle = output) },
  };
  const notLoadedBy: ResolveModulePreloadDependenciesFn = (_file, deps, { hostId }) => {
    const loaded = staticImports(hostId);
    return deps.filter((dep) => !loaded.has(dep));
  };
  return { plugin, notLoadedBy };
}

const preload = loadedChunks();

/**
 * Vite's helper for the preload lists (0.6 KB gzip, in the entry every view loads) also preloads CSS,
 * waits for each preload and reports failures as an event; the app has one stylesheet, linked by the
 * HTML, and handles a failed import where it makes it. This one only adds the links, and imports at once.
 */
function smallPreloadHelper(): Plugin {
  const id = '\0vite/preload-helper.js';
  let base = '/';
  return {
    name: 'hyperread:preload-helper',
    apply: 'build',
    enforce: 'pre',
    configResolved: (config) => void (base = config.base),
    resolveId: (source) => (source === id ? id : undefined),
    load: (source) =>
      source === id
        ? `const seen = new Set();
export const __vitePreload = (load, deps) => {
  for (const dep of deps ?? []) {
    if (seen.has(dep) || dep.endsWith('.css')) continue;
    seen.add(dep);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = ${JSON.stringify(base)} + dep;
    document.head.append(link);
  }
  return load();
};`
        : undefined,
  };
}

export default defineConfig(({ command }) => ({
  plugins: [react(), preload.plugin, smallPreloadHelper()],
  // The package exports only its development build (remix-run/react-router#12532, #14102), whose
  // warnings cost every reader 0.6 KB; the dev server and tests keep the warnings.
  resolve:
    command === 'build'
      ? {
          alias: [
            { find: /^react-router$/, replacement: reactRouterProduction('index.mjs') },
            { find: /^react-router\/dom$/, replacement: reactRouterProduction('dom-export.mjs') },
          ],
        }
      : {},
  // The search worker imports Pagefind at run time, which a module worker can.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every route needs the framework: one vendor chunk compresses better than the default split.
    modulePreload: { polyfill: false, resolveDependencies: preload.notLoadedBy },
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'vendor',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack|cookie|set-cookie-parser)[\\/]/,
            },
            // Left alone, rolldown splits the app code shared by lazy chunks into small chunks by who
            // imports it, each a request with its own overhead; these two keep it together. What
            // every view's first render needs besides the main chunk (with the filter chips and label
            // names of the month, label and search views: a few hundred bytes, else requests of their own):
            {
              name: 'app',
              test: /src[\\/](data[\\/](queries|fetch-json|errors)|components[\\/](prefetch-link|filter-chips)|lib[\\/](prefetch-context|dates|label-name|view-shown|use-document-title|use-deferred-module|deferred-module))\.tsx?$/,
            },
            // and what every list of articles needs, with the month steps of the month and label lists.
            {
              name: 'lists',
              test: /src[\\/](components[\\/](article-card|article-list|list-summary|label-links|pagination|month-steps)\.tsx|lib[\\/]adjacent-months\.ts)$/,
            },
          ],
          // Only the modules named above: their imports (the contract…) stay with the entry.
          includeDependenciesRecursively: false,
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'pipeline',
          environment: 'node',
          include: ['pipeline/**/*.test.ts', 'tests/pipeline/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}', 'tests/app/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/app/setup.ts'],
          globalSetup: ['tests/app/global-setup.ts'],
        },
      },
    ],
  },
}));
