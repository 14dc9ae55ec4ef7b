import { describe, expect, it } from 'vitest';
import { paths } from '../../src/contract/paths';
import { allMonths, builtApi, middleArticle } from './api';
import { openPage } from './session';
import { articleLinks, expectArticleList, expectHeading, linksTo } from './view';

describe('the frame around every view', () => {
  it('has a header linking home and a sidebar with newest articles, the archive and labels', async () => {
    const site = builtApi.site();
    const article = middleArticle();
    const { page } = await openPage(paths.article(article));
    await expectHeading(page, article.title);

    const home = linksTo(page.locator('header'), '/').first();
    expect(await home.textContent()).toContain(site.title);

    const aside = page.locator('aside');
    const newest = builtApi.feed().items.slice(0, 5).map(paths.article);
    const inSidebar = await articleLinks(aside);
    expect(inSidebar.slice(0, newest.length)).toEqual(newest);
    expect(await aside.locator('time[datetime]').count()).toBeGreaterThanOrEqual(newest.length);

    // The archive and labels widgets, far below the fold, load after the first paint.
    await page
      .getByRole('navigation', { name: /archive/i })
      .first()
      .waitFor();
    await page.getByRole('navigation', { name: 'Labels', exact: true }).waitFor();
    const newestMonth = allMonths()[0]!;
    expect(await linksTo(aside, paths.month(newestMonth.month)).count()).toBeGreaterThanOrEqual(1);
    for (const label of builtApi.labels().labels.slice(0, 5)) {
      expect(await linksTo(aside, paths.label(label.slug)).count(), label.slug).toBeGreaterThanOrEqual(1);
    }
  });

  it('puts the sidebar below the content on a narrow screen', async () => {
    const feed = builtApi.feed();
    const { page } = await openPage('/', { viewport: { width: 390, height: 844 } });
    await expectArticleList(page, feed.items.map(paths.article));
    const main = (await page.locator('main').boundingBox())!;
    const aside = (await page.locator('aside').first().boundingBox())!;
    expect(aside.y).toBeGreaterThanOrEqual(main.y + main.height - 1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'no horizontal scrolling').toBeLessThanOrEqual(0);
  });

  it('runs under a strict Content-Security-Policy: no inline script or style in the shell', async () => {
    const session = await openPage('/');
    const response = await session.page.request.get('/');
    expect(response.headers()['content-security-policy']).toContain("script-src 'self'");
    const html = await response.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
    expect(html).not.toMatch(/<style[\s>]/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    await expectArticleList(session.page, builtApi.feed().items.map(paths.article));
  });

  it('logs no console error or CSP violation on a walk through every kind of view', async () => {
    const article = middleArticle();
    const month = allMonths()[1] ?? allMonths()[0]!;
    const label = builtApi.labels().labels[0]!;
    const session = await openPage('/');
    const { page } = session;
    await expectArticleList(page, builtApi.feed().items.map(paths.article));
    for (const [path, heading] of [
      [paths.article(article), article.title],
      [paths.archive(), /archive/i],
      [paths.month(month.month), /\d{4}/],
      [paths.labels(), /labels/i],
      [paths.label(label.slug), /\S/],
    ] as const) {
      await page.goto(path);
      await expectHeading(page, heading);
    }
    expect(session.problems).toEqual([]);
  });
});
