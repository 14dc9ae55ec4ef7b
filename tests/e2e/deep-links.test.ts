import { describe, expect, it } from 'vitest';
import { paths } from '../../src/contract/paths';
import { builtApi, labelWithinMonth, middleArticle, monthName } from './api';
import { openPage } from './session';
import { articleLinks, expectHeading, location, settled, waitForLocation } from './view';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every kind of deep link, with the heading it must show, before and after a reload. */
function deepLinks(): { path: string; heading: string | RegExp }[] {
  const article = middleArticle();
  const { label, month } = labelWithinMonth();
  const links = [
    { path: paths.feed(), heading: /\S/ },
    { path: paths.article(article), heading: article.title },
    { path: paths.archive(), heading: /archive/i },
    { path: paths.year(month.slice(0, 4)), heading: new RegExp(month.slice(0, 4)) },
    { path: paths.month(month), heading: new RegExp(monthName(month)) },
    { path: paths.month(month, { label: label.slug }), heading: new RegExp(monthName(month)) },
    { path: paths.labels(), heading: /labels/i },
    { path: paths.label(label.slug), heading: new RegExp(escape(label.name)) },
    { path: paths.label(label.slug, { month }), heading: new RegExp(escape(label.name)) },
  ];
  if (builtApi.feed().pageCount > 1) links.push({ path: paths.feed({ page: 2 }), heading: /\S/ });
  return links;
}

describe('deep links survive a reload', () => {
  for (const { path, heading } of deepLinks()) {
    it(`reloads ${path} on the same URL with the same content`, async () => {
      const { page } = await openPage(path);
      const before = await expectHeading(page, heading);
      await settled(page);
      const listed = await articleLinks(page.locator('main'));
      expect(location(page)).toBe(path);

      await page.reload();
      await waitForLocation(page, path);
      expect(await expectHeading(page, before)).toBe(before);
      await settled(page);
      expect(await articleLinks(page.locator('main'))).toEqual(listed);
    });
  }
});
