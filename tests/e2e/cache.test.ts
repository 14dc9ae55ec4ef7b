import { describe, expect, it } from 'vitest';
import { apiPaths } from '../../src/contract/api-paths';
import { paths } from '../../src/contract/paths';
import { builtApi } from './api';
import { openPage } from './session';
import { expectArticleList, expectHeading, linksTo, settled, waitForLocation } from './view';

describe('prefetching and the cache', () => {
  it('prefetches an article on hover, so the click makes no new request for it', async () => {
    const feed = builtApi.feed();
    const target = feed.items[2] ?? feed.items[0]!;
    const articleFile = `/api/v1/${apiPaths.article(target.slug)}`;
    const session = await openPage('/');
    const { page } = session;
    await expectArticleList(page, feed.items.map(paths.article));

    const link = linksTo(page.locator('main'), paths.article(target)).first();
    const prefetched = page.waitForResponse(
      (r) => decodeURIComponent(new URL(r.url()).pathname) === articleFile,
    );
    await link.hover();
    await (await prefetched).finished();
    const before = session.apiRequests.length;

    await link.click();
    await waitForLocation(page, paths.article(target));
    await expectHeading(page, target.title);
    await settled(page);
    expect(session.apiRequests.slice(before).filter((path) => path === articleFile)).toEqual([]);
  });

  it('renders a hovered article at once: nothing its first render needs is fetched after the click', async () => {
    const feed = builtApi.feed();
    const target = feed.items[3] ?? feed.items[0]!;
    const { page } = await openPage('/');
    await expectArticleList(page, feed.items.map(paths.article));
    const link = linksTo(page.locator('main'), paths.article(target)).first();
    await link.hover();
    await settled(page);

    // From now on every script and API file takes seconds: a view that waits for one shows late.
    const slow = /\/(assets|api)\//;
    await page.route(slow, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 5000));
      await route.fallback().catch(() => {});
    });
    await link.click();
    await page.getByRole('heading', { level: 1, name: target.title, exact: true }).waitFor({ timeout: 2500 });
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  });

  it('prefetches an article when its link gets keyboard focus', async () => {
    const feed = builtApi.feed();
    const target = feed.items[1] ?? feed.items[0]!;
    const articleFile = `/api/v1/${apiPaths.article(target.slug)}`;
    const session = await openPage('/');
    await expectArticleList(session.page, feed.items.map(paths.article));
    const prefetched = session.page.waitForRequest(
      (r) => decodeURIComponent(new URL(r.url()).pathname) === articleFile,
    );
    await linksTo(session.page.locator('main'), paths.article(target)).first().focus();
    await prefetched;
  });

  it('prefetches the next list page on hover of its pagination link', async ({ skip }) => {
    const feed = builtApi.feed();
    if (feed.pageCount < 2) skip('the sample archive fits on one page');
    const pageFile = `/api/v1/${apiPaths.feed(2)}`;
    const session = await openPage('/');
    await expectArticleList(session.page, feed.items.map(paths.article));
    const prefetched = session.page.waitForRequest(
      (r) => decodeURIComponent(new URL(r.url()).pathname) === pageFile,
    );
    const pagination = session.page.getByRole('navigation', { name: /pag/i });
    await linksTo(pagination, paths.feed({ page: 2 }))
      .first()
      .hover();
    await prefetched;
  });

  it('prefetches a month on hover of its link in the archive', async () => {
    const month = builtApi.archive().years[0]!.months[0]!.month;
    const monthFile = `/api/v1/${apiPaths.month(month, 1)}`;
    const session = await openPage(paths.archive());
    const link = linksTo(session.page.locator('main'), paths.month(month)).first();
    await link.waitFor();
    await settled(session.page);
    const prefetched = session.page.waitForRequest(
      (r) => decodeURIComponent(new URL(r.url()).pathname) === monthFile,
    );
    await link.hover();
    await prefetched;
  });

  it('makes no request when going back to a list it has shown', async () => {
    const feed = builtApi.feed();
    const target = feed.items[0]!;
    const session = await openPage('/');
    const { page } = session;
    await expectArticleList(page, feed.items.map(paths.article));
    await linksTo(page.locator('main'), paths.article(target)).first().click();
    await expectHeading(page, target.title);
    await settled(page);
    const before = session.apiRequests.length;

    await page.goBack();
    await waitForLocation(page, '/');
    await expectArticleList(page, feed.items.map(paths.article));
    await settled(page);
    expect(session.apiRequests.slice(before)).toEqual([]);
  });

  it('restores the scroll position when going back to a list', async () => {
    const feed = builtApi.feed();
    const target = feed.items.at(-1)!;
    const { page } = await openPage('/', { viewport: { width: 1280, height: 600 } });
    await expectArticleList(page, feed.items.map(paths.article));
    const link = linksTo(page.locator('main'), paths.article(target)).first();
    await link.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled, 'the feed is longer than the window').toBeGreaterThan(100);

    await link.click();
    await expectHeading(page, target.title);
    await page.goBack();
    await expectArticleList(page, feed.items.map(paths.article));
    await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 50, scrolled);
  });
});
