import { describe, expect, it } from 'vitest';
import { paths } from '../../src/contract/paths';
import { allMonths, builtApi, monthName } from './api';
import { openPage } from './session';
import { expectArticleList, expectFrame, expectHeading, linksTo, waitForLocation } from './view';

describe('the monthly archive', () => {
  it('lists every year with its count and expands a year to its months', async () => {
    const { years } = builtApi.archive();
    const { page } = await openPage(paths.archive());
    await expectHeading(page, /archive/i);
    await expectFrame(page);
    expect(await page.title()).toMatch(/archive/i);
    const main = page.locator('main');
    for (const year of years) {
      await main.getByText(year.year, { exact: false }).first().waitFor();
    }
    const oldest = years.at(-1)!;
    const month = oldest.months[0]!;
    const toggle = main.getByRole('button', { name: new RegExp(`^\\W*${oldest.year}\\b`) });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await toggle.textContent()).toContain(String(oldest.count));
    const monthLink = linksTo(main, paths.month(month.month)).first();
    expect(await monthLink.isVisible()).toBe(false);
    await toggle.click();
    await monthLink.waitFor({ state: 'visible' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    // Each month comes with its count.
    const text = (await monthLink.textContent()) ?? '';
    expect(text).toContain(monthName(month.month).split(' ')[0]);
    expect(text).toContain(String(month.count));

    await monthLink.click();
    await waitForLocation(page, paths.month(month.month));
    await expectHeading(page, new RegExp(monthName(month.month)));
    await expectArticleList(page, builtApi.month(month.month).items.map(paths.article));
  });

  it('lists a year’s months at /yyyy', async () => {
    const year = builtApi.archive().years[1] ?? builtApi.archive().years[0]!;
    const { page } = await openPage(paths.year(year.year));
    await expectHeading(page, new RegExp(year.year));
    for (const month of year.months) {
      await linksTo(page.locator('main'), paths.month(month.month)).first().waitFor();
    }
    expect(await page.title()).toContain(year.year);
  });

  it('shows a month’s articles with links to the previous and next month that has articles', async () => {
    const months = allMonths();
    const index = Math.floor(months.length / 2);
    const [newer, month, older] = [months[index - 1]!, months[index]!, months[index + 1]!];
    const { page } = await openPage(paths.month(month.month));
    await expectHeading(page, new RegExp(monthName(month.month)));
    await expectArticleList(page, builtApi.month(month.month).items.map(paths.article));
    expect(await page.title()).toContain(monthName(month.month));

    const main = page.locator('main');
    await linksTo(main, paths.month(older.month)).first().click();
    await waitForLocation(page, paths.month(older.month));
    await expectHeading(page, new RegExp(monthName(older.month)));

    await linksTo(main, paths.month(month.month)).first().click();
    await waitForLocation(page, paths.month(month.month));
    await linksTo(main, paths.month(newer.month)).first().click();
    await waitForLocation(page, paths.month(newer.month));
    await expectHeading(page, new RegExp(monthName(newer.month)));
  });

  it('pages a month that holds more than a page', async ({ skip }) => {
    const big = allMonths().find((m) => m.count > builtApi.site().pageSize);
    if (!big) skip('no month of the sample archive holds more than one page');
    const { page } = await openPage(paths.month(big!.month, { page: 2 }));
    await expectHeading(page, new RegExp(monthName(big!.month)));
    await expectArticleList(page, builtApi.month(big!.month, 2).items.map(paths.article));
  });

  it('highlights the current month in the sidebar’s archive widget', async () => {
    const month = allMonths()[2] ?? allMonths()[0]!;
    const { page } = await openPage(paths.month(month.month));
    await expectHeading(page, new RegExp(monthName(month.month)));
    const current = page.locator('aside [aria-current]');
    await current.first().waitFor();
    expect(await current.first().getAttribute('href')).toBe(paths.month(month.month));
  });
});
