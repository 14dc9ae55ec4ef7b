import type { Locator, Page, Request } from 'playwright-core';
import { expect } from 'vitest';

/** How long a view may take to show what it should, on a busy two-core machine. */
export const SETTLE_TIMEOUT = 10_000;

const ARTICLE_PATH = /^\/\d{4}\/\d{2}\/[^/?#]+$/;

/** A pattern that matches `text` literally, e.g. a label name inside a heading. */
export function literally(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

/** Where the page is, decoded (`/label/kvm?month=2008-06`), as a reader would read the address bar. */
export function location(page: Page): string {
  const url = new URL(page.url());
  return decodeURIComponent(url.pathname) + decodeURIComponent(url.search);
}

/**
 * Waits for the address bar to read `expected`. An article reached from a list may also name that
 * list (`?from=feed`): the article is still the one expected.
 */
export async function waitForLocation(page: Page, expected: string): Promise<void> {
  const listContext = ARTICLE_PATH.test(expected) ? /^(\?from=.*)?$/ : /^$/;
  await page.waitForURL((url) => {
    const search = decodeURIComponent(url.search);
    const path = decodeURIComponent(url.pathname);
    return path + search === expected || (path === expected && listContext.test(search));
  });
}

/** Waits for the page's `<h1>` to read `name` and checks that it is the only one. */
export async function expectHeading(page: Page, name: string | RegExp): Promise<string> {
  const heading = page.getByRole('heading', { level: 1, name, exact: typeof name === 'string' });
  await heading.waitFor();
  expect(await page.locator('h1').count(), 'one <h1> per page').toBe(1);
  return (await heading.textContent()) ?? '';
}

/** The frame every view sits in: a header, the main content and the sidebar. */
export async function expectFrame(page: Page): Promise<void> {
  await page.locator('main').waitFor();
  expect(await page.locator('header').count()).toBeGreaterThanOrEqual(1);
  expect(await page.locator('main').count()).toBe(1);
  expect(await page.locator('aside').count()).toBeGreaterThanOrEqual(1);
}

/** The distinct article links inside `scope`, decoded, in the order a reader sees them. */
export async function articleLinks(scope: Locator): Promise<string[]> {
  const hrefs = await scope
    .locator('a[href]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  // An article is named by its path; the list it is read in (`?from=…`) is not part of that.
  const paths = hrefs
    .filter((href): href is string => href !== null)
    .map((href) => decodeURIComponent(href).replace(/\?from=.*$/, ''));
  return [...new Set(paths.filter((path) => ARTICLE_PATH.test(path)))];
}

/** Waits until the main content lists exactly these article paths (a list view has rendered its page). */
export async function expectArticleList(page: Page, expected: string[]): Promise<void> {
  const main = page.locator('main');
  await expect
    .poll(() => articleLinks(main), { timeout: SETTLE_TIMEOUT })
    .toEqual(expected.map((path) => decodeURIComponent(path)));
}

/**
 * Waits until the page has started no request for `quietMs` and has none open that started since
 * the call (Playwright's `networkidle` fires once per document, so it cannot tell after an SPA
 * navigation).
 */
export async function settled(page: Page, quietMs = 500): Promise<void> {
  const open = new Set<Request>();
  let last = Date.now();
  const started = (request: Request) => {
    open.add(request);
    last = Date.now();
  };
  const ended = (request: Request) => {
    open.delete(request);
    last = Date.now();
  };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  try {
    await page.waitForLoadState('networkidle');
    while (open.size > 0 || Date.now() - last < quietMs) await page.waitForTimeout(50);
  } finally {
    page.off('request', started);
    page.off('requestfinished', ended);
    page.off('requestfailed', ended);
  }
}

/** Opens the collapsed group (e.g. a year in an archive tree) that hides `link`, via its `aria-controls` toggle. */
export async function reveal(link: Locator): Promise<Locator> {
  await link.waitFor({ state: 'attached' });
  if (await link.isVisible()) return link;
  const group = await link.evaluate((a) => a.closest('[hidden]')?.id ?? '');
  if (!group) throw new Error('The link is hidden, but not inside a collapsed group with an id');
  await link.page().locator(`[aria-controls="${group}"]`).click();
  await link.waitFor({ state: 'visible' });
  return link;
}

/** The links in `scope` to `path`, whether their href is written percent-encoded or not. */
export function linksTo(scope: Locator | Page, path: string): Locator {
  const decoded = decodeURIComponent(path);
  const quoted = (href: string) => `"${href.replace(/["\\]/g, '\\$&')}"`;
  // A list's links to articles also name the list: `/2008/06/slug?from=month%3A2008-06`.
  const fromList = (href: string) => `a[href^=${quoted(`${href}?from=`)}]`;
  return scope.locator(
    [encodeURI(decoded), decoded].map((href) => `a[href=${quoted(href)}], ${fromList(href)}`).join(', '),
  );
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  nbsp: '\u00a0',
};

/** Waits for an article's title and body: its opening words and the article links it contains. */
export async function expectArticle(page: Page, article: { title: string; html: string }): Promise<void> {
  await expectHeading(page, article.title);
  const main = page.locator('main');
  const opening = /<p>([^<]{15,})/
    .exec(article.html)?.[1]
    ?.replace(/&(\w+|#\d+);/g, (m, e) => ENTITIES[e] ?? m);
  if (opening) await main.getByText(opening.slice(0, 15)).first().waitFor();
  const linked = [...article.html.matchAll(/href="([^"]+)"/g)]
    .map((m) => decodeURIComponent(m[1]!))
    .filter((href) => ARTICLE_PATH.test(href));
  await expect
    .poll(
      async () => {
        const shown = new Set(await articleLinks(main));
        return linked.filter((href) => !shown.has(href));
      },
      { timeout: SETTLE_TIMEOUT },
    )
    .toEqual([]);
}
