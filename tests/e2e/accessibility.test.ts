import { describe, expect, it } from 'vitest';
import { API_PREFIX, apiPaths } from '../../src/contract/api-paths';
import { paths } from '../../src/contract/paths';
import { allMonths, builtApi, middleArticle } from './api';
import { axeViolations } from './axe';
import { openPage, type Session } from './session';
import { settled } from './view';

const article = middleArticle();
const month = allMonths()[1]!.month;
const label = builtApi.labels().labels[0]!.slug;

/** Every kind of view; the error view is the article view with its API file failing. */
const ROUTES: [name: string, path: string, fail?: string][] = [
  ['feed', paths.feed()],
  ['article', paths.article(article)],
  ['archive', paths.archive()],
  ['year', paths.year(month.slice(0, 4))],
  ['month', paths.month(month)],
  ['label', paths.label(label)],
  ['labels', paths.labels()],
  ['not-found', '/no/such/page'],
  ['error', paths.article(article), apiPaths.article(article.slug)],
];

const WIDTHS = [375, 1280] as const;

async function open(path: string, width: number, fail?: string): Promise<Session> {
  const session = await openPage('about:blank', { viewport: { width, height: 800 } });
  session.tolerate(/status of (404|500)/);
  if (fail) await session.page.route(`**/${API_PREFIX}/${fail}`, (route) => route.fulfill({ status: 500 }));
  await session.page.goto(path);
  await session.page.locator('h1').waitFor();
  await settled(session.page);
  return session;
}

describe('accessibility in Chromium', () => {
  for (const [name, path, fail] of ROUTES) {
    for (const width of WIDTHS) {
      it(`axe finds no violations on the ${name} view at ${width} px, light and dark`, async () => {
        const { page } = await open(path, width, fail);
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          expect(await axeViolations(page), `${name}, ${colorScheme}, ${width} px`).toEqual([]);
        }
      });
    }
  }

  it('scrolls nothing sideways at 320 px, and every control is at least 24×24 px', async () => {
    for (const [name, path, fail] of ROUTES) {
      const { page } = await open(path, 320, fail);
      const overflow = await page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);
      expect(overflow, `${name}: horizontal overflow`).toBeLessThanOrEqual(0);
      const small = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('button, select, input, .site-nav a, .pagination a')]
          .filter((el) => el.offsetParent !== null)
          .map((el) => ({ el: el.outerHTML.slice(0, 80), box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.width < 24 || box.height < 24)
          .map(({ el }) => el),
      );
      expect(small, `${name}: controls smaller than 24×24 px`).toEqual([]);
    }
  });

  it('prints an article without header, sidebar, footer or buttons, link URLs after the link text', async () => {
    const { page } = await open(paths.article(article), 1280);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    for (const selector of ['header.site-header', 'aside', 'footer.site-footer', 'button']) {
      for (const element of await page.locator(selector).all()) {
        expect(await element.isVisible(), `${selector} printed`).toBe(false);
      }
    }
    expect(await page.locator('article h1').isVisible()).toBe(true);
    const colours = await page.evaluate(() => {
      const style = getComputedStyle(document.body);
      return [style.color, style.backgroundColor];
    });
    expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    const external = page.locator('.article-body a[href^="http"]').first();
    if ((await external.count()) > 0) {
      const after = await external.evaluate((a) => getComputedStyle(a, '::after').content);
      expect(after).toContain(await external.getAttribute('href'));
    }
  });
});
