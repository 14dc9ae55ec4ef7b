import { describe, expect, it } from 'vitest';
import { paths } from '../../src/contract/paths';
import { builtApi } from './api';
import { openPage } from './session';
import { expectArticleList, expectFrame, linksTo, waitForLocation } from './view';

describe('the newest-articles feed', () => {
  it('opens / with the newest articles, in the frame, with one <h1>', async () => {
    const feed = builtApi.feed();
    const { page } = await openPage('/');
    await expectFrame(page);
    await expectArticleList(page, feed.items.map(paths.article));
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('main time[datetime]').count()).toBeGreaterThanOrEqual(feed.items.length);
    for (const item of feed.items.slice(0, 3)) {
      await linksTo(page.locator('main'), paths.article(item))
        .filter({ hasText: item.title })
        .first()
        .waitFor();
    }
    expect(await page.title()).toContain(builtApi.site().title);
  });

  it('pages with newer/older and numbered links', async ({ skip }) => {
    const first = builtApi.feed(1);
    if (first.pageCount < 2) skip('the sample archive fits on one page');
    const { page } = await openPage('/');
    const pagination = page.getByRole('navigation', { name: /pag/i });
    await expectArticleList(page, first.items.map(paths.article));

    await linksTo(pagination, paths.feed({ page: 2 }))
      .first()
      .click();
    await waitForLocation(page, '/page/2');
    await expectArticleList(page, builtApi.feed(2).items.map(paths.article));

    const last = first.pageCount;
    await linksTo(pagination, paths.feed({ page: last }))
      .first()
      .click();
    await waitForLocation(page, paths.feed({ page: last }));
    await expectArticleList(page, builtApi.feed(last).items.map(paths.article));
    // The last page has no "older" page to go to.
    expect(await linksTo(pagination, paths.feed({ page: last + 1 })).count()).toBe(0);

    await linksTo(pagination, '/').first().click();
    await waitForLocation(page, '/');
    await expectArticleList(page, first.items.map(paths.article));
  });
});
