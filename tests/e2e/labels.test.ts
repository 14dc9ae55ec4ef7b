import { describe, expect, it } from 'vitest';
import { paths } from '../../src/contract/paths';
import { builtApi } from './api';
import { openPage } from './session';
import { expectArticleList, expectFrame, expectHeading, linksTo, literally, waitForLocation } from './view';

describe('labels', () => {
  it('lists every label with its count and opens one', async () => {
    const { labels } = builtApi.labels();
    const { page } = await openPage(paths.labels());
    await expectHeading(page, /labels/i);
    await expectFrame(page);
    expect(await page.title()).toMatch(/labels/i);
    const main = page.locator('main');
    for (const label of labels) {
      const link = linksTo(main, paths.label(label.slug)).first();
      await link.waitFor();
      const row = link.locator('xpath=ancestor::li[1]');
      expect(await row.textContent(), label.slug).toContain(label.name);
      expect(await row.textContent(), label.slug).toContain(String(label.count));
    }
    const label = labels[0]!;
    await linksTo(main, paths.label(label.slug)).first().click();
    await waitForLocation(page, paths.label(label.slug));
    await expectHeading(page, literally(label.name));
    await expectArticleList(page, builtApi.label(label.slug).items.map(paths.article));
    expect(await page.title()).toContain(label.name);
  });

  it('pages a label that holds more than a page', async ({ skip }) => {
    const big = builtApi.labels().labels.find((l) => l.count > builtApi.site().pageSize);
    if (!big) skip('no label of the sample archive holds more than one page');
    const { page } = await openPage(paths.label(big!.slug));
    await expectArticleList(page, builtApi.label(big!.slug).items.map(paths.article));
    await linksTo(page.getByRole('navigation', { name: /pag/i }), paths.label(big!.slug, { page: 2 }))
      .first()
      .click();
    await waitForLocation(page, paths.label(big!.slug, { page: 2 }));
    await expectArticleList(page, builtApi.label(big!.slug, 2).items.map(paths.article));
  });

  it('redirects the old Blogger form /search/label/Label to the label', async () => {
    const labels = builtApi.labels().labels;
    const label = labels.find((l) => l.name !== l.slug) ?? labels[0]!;
    const { page } = await openPage(`/search/label/${encodeURIComponent(label.name)}`);
    await waitForLocation(page, paths.label(label.slug));
    await expectArticleList(page, builtApi.label(label.slug).items.map(paths.article));
  });
});
