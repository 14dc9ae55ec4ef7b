import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { paths } from '../../src/contract/paths';
import { builtApi, labelWithinMonth, monthName } from './api';
import { openPage } from './session';
import { expectArticleList, linksTo, literally, reveal, waitForLocation } from './view';

/** The control that removes one filter chip: a link or button whose name says what it removes. */
function removeChip(page: Page, filter: string) {
  const what = literally(filter).source;
  const name = new RegExp(`remove.*${what}|${what}.*remove`, 'i');
  return page
    .locator('main')
    .getByRole('link', { name })
    .or(page.locator('main').getByRole('button', { name }))
    .first();
}

describe('filters combine', () => {
  it('narrows a label to a month, shows both as chips, and a chip removes its filter', async () => {
    const { label, month } = labelWithinMonth();
    const combined = builtApi.labelMonth(label.slug, month).items.map(paths.article);
    const { page } = await openPage(paths.label(label.slug));
    await expectArticleList(page, builtApi.label(label.slug).items.map(paths.article));

    await (await reveal(linksTo(page.locator('main'), paths.label(label.slug, { month })).first())).click();
    await waitForLocation(page, paths.label(label.slug, { month }));
    await expectArticleList(page, combined);
    await removeChip(page, monthName(month)).waitFor();

    await removeChip(page, monthName(month)).click();
    await waitForLocation(page, paths.label(label.slug));
    await expectArticleList(page, builtApi.label(label.slug).items.map(paths.article));
  });

  it('narrows a month to a label and removes the label chip', async () => {
    const { label, month } = labelWithinMonth();
    const { page } = await openPage(paths.month(month, { label: label.slug }));
    await expectArticleList(page, builtApi.labelMonth(label.slug, month).items.map(paths.article));
    expect(await page.locator('main').textContent()).toContain(label.name);

    await removeChip(page, label.name).click();
    await waitForLocation(page, paths.month(month));
    await expectArticleList(page, builtApi.month(month).items.map(paths.article));
  });

  it('says in the URL what is shown when a month page is narrowed from its labels', async () => {
    const { label, month } = labelWithinMonth();
    const { page } = await openPage(paths.month(month));
    await expectArticleList(page, builtApi.month(month).items.map(paths.article));
    await linksTo(page.locator('main'), paths.month(month, { label: label.slug }))
      .first()
      .click();
    await waitForLocation(page, paths.month(month, { label: label.slug }));
    await expectArticleList(page, builtApi.labelMonth(label.slug, month).items.map(paths.article));
  });
});
