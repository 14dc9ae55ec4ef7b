import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { paths } from '../src/contract/paths';
import { launchBrowser } from '../tests/e2e/browser';
import { readBuiltApi } from '../tests/e2e/built-api';
import { startServer } from './serve';

/**
 * Screenshots of the main views, light and dark, desktop and phone, into docs/screenshots/ (the
 * README links them). Uses the build in dist/ (`npm run build` first) and the e2e tests' browser.
 */
const distDir = resolve('dist');
const outDir = resolve('docs/screenshots');
if (!existsSync(resolve(distDir, 'index.html')))
  throw new Error('No build in dist/: run `npm run build` first.');
mkdirSync(outDir, { recursive: true });

const api = readBuiltApi(distDir);
const article = api.middleArticle();
const label = api.labels().labels[0]!.slug;
const feedItems = api.feed().items;
const inList = feedItems[1] ?? article;

const ROUTES: [name: string, path: string][] = [
  ['feed', paths.feed()],
  ['article', paths.articleIn(inList, { list: { kind: 'feed' }, page: 1 })],
  ['archive', paths.archive()],
  ['month', paths.month(article.month)],
  ['label', paths.label(label)],
];
const DEVICES = [
  ['desktop', { width: 1280, height: 900 }],
  ['phone', { width: 375, height: 812 }],
] as const;

const server = await startServer({ dir: distDir, port: 0 });
const browser = await launchBrowser();
try {
  for (const [device, viewport] of DEVICES) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ baseURL: server.url, viewport, colorScheme });
      const page = await context.newPage();
      for (const [name, path] of ROUTES) {
        await page.goto(path);
        await page.locator('h1').waitFor();
        await page.waitForLoadState('networkidle');
        const file = resolve(outDir, `${name}-${colorScheme}-${device}.png`);
        await page.screenshot({ path: file });
        console.log(file);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
