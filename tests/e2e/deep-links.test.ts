import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { paths } from '../../src/contract/paths';
import { builtApi, labelWithinMonth, middleArticle, monthName } from './api';
import { openPage } from './session';
import {
  articleLinks,
  expectArticle,
  expectArticleList,
  expectHeading,
  literally,
  location,
  SETTLE_TIMEOUT,
  waitForLocation,
} from './view';

const list = (items: { slug: string; month: string }[]) => (page: Page) =>
  expectArticleList(page, items.map(paths.article));

/** Every kind of deep link, the heading it shows and how to tell that its content is all there. */
function deepLinks(): { path: string; heading: string | RegExp; ready: (page: Page) => Promise<void> }[] {
  const article = middleArticle();
  const { label, month } = labelWithinMonth();
  const nothingMore = async () => {};
  const links = [
    { path: paths.feed(), heading: /\S/, ready: list(builtApi.feed().items) },
    {
      path: paths.article(article),
      heading: article.title,
      ready: (page: Page) => expectArticle(page, article),
    },
    { path: paths.archive(), heading: /archive/i, ready: nothingMore },
    { path: paths.year(month.slice(0, 4)), heading: new RegExp(month.slice(0, 4)), ready: nothingMore },
    {
      path: paths.month(month),
      heading: new RegExp(monthName(month)),
      ready: list(builtApi.month(month).items),
    },
    {
      path: paths.month(month, { label: label.slug }),
      heading: new RegExp(monthName(month)),
      ready: list(builtApi.labelMonth(label.slug, month).items),
    },
    { path: paths.labels(), heading: /labels/i, ready: nothingMore },
    {
      path: paths.label(label.slug),
      heading: literally(label.name),
      ready: list(builtApi.label(label.slug).items),
    },
    {
      path: paths.label(label.slug, { month }),
      heading: literally(label.name),
      ready: list(builtApi.labelMonth(label.slug, month).items),
    },
  ];
  if (builtApi.feed().pageCount > 1) {
    links.push({ path: paths.feed({ page: 2 }), heading: /\S/, ready: list(builtApi.feed(2).items) });
  }
  return links;
}

describe('deep links survive a reload', () => {
  for (const { path, heading, ready } of deepLinks()) {
    it(`reloads ${path} on the same URL with the same content`, async () => {
      const { page } = await openPage(path);
      const before = await expectHeading(page, heading);
      await ready(page);
      const listed = await articleLinks(page.locator('main'));
      expect(location(page)).toBe(path);

      await page.reload();
      await waitForLocation(page, path);
      expect(await expectHeading(page, before)).toBe(before);
      await ready(page);
      await expect
        .poll(() => articleLinks(page.locator('main')), { timeout: SETTLE_TIMEOUT })
        .toEqual(listed);
    });
  }
});
