import { describe, expect, it } from 'vitest';
import { paths } from '../../src/contract/paths';
import { builtApi } from './api';
import { openPage } from './session';
import { expectArticleList, expectHeading, linksTo, waitForLocation } from './view';

describe('back and forward', () => {
  it('walks the history of feed → article → older article both ways', async () => {
    const feed = builtApi.feed();
    const first = builtApi.article(feed.items[0]!.slug);
    const older = first.older!;
    const { page } = await openPage('/');
    await expectArticleList(page, feed.items.map(paths.article));

    await linksTo(page.locator('main'), paths.article(first)).first().click();
    await expectHeading(page, first.title);
    await linksTo(page.locator('main'), paths.article(older))
      .filter({ hasText: older.title })
      .first()
      .click();
    await expectHeading(page, older.title);

    await page.goBack();
    await waitForLocation(page, paths.article(first));
    await expectHeading(page, first.title);
    await page.goBack();
    await waitForLocation(page, '/');
    await expectArticleList(page, feed.items.map(paths.article));

    await page.goForward();
    await waitForLocation(page, paths.article(first));
    await expectHeading(page, first.title);
    await page.goForward();
    await waitForLocation(page, paths.article(older));
    await expectHeading(page, older.title);
    expect(await page.title()).toContain(older.title);
  });
});
