import { describe, expect, it } from 'vitest';
import { dayIn } from '../../src/contract/month';
import { paths } from '../../src/contract/paths';
import { builtApi, middleArticle } from './api';
import { openPage } from './session';
import { expectArticle, expectFrame, expectHeading, linksTo, waitForLocation } from './view';

describe('the article view', () => {
  it('follows an article from the feed', async () => {
    const first = builtApi.feed().items[0]!;
    const { page } = await openPage('/');
    await linksTo(page.locator('main'), paths.article(first)).first().click();
    await waitForLocation(page, paths.article(first));
    await expectHeading(page, first.title);
    await expectFrame(page);
    expect(await page.title()).toContain(first.title);
  });

  it('shows the byline, a <time datetime>, the body and the labels as links', async () => {
    const article = middleArticle();
    const { timeZone } = builtApi.site();
    const { page } = await openPage(paths.article(article));
    await expectHeading(page, article.title);
    const main = page.locator('main');
    expect(await main.locator('article').count()).toBeGreaterThanOrEqual(1);
    expect(await main.textContent()).toContain(article.author);
    const datetimes = await main
      .locator('time[datetime]')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    const day = dayIn(article.published, timeZone);
    expect(
      datetimes.some((value) => value.startsWith(day) || Date.parse(value) === Date.parse(article.published)),
      `a <time> for ${article.published} among ${datetimes.join(', ')}`,
    ).toBe(true);
    // The labels and the links after the text come with the text.
    await expectArticle(page, article);
    for (const label of article.labels) {
      expect(await linksTo(main, paths.label(label.slug)).count(), label.slug).toBeGreaterThanOrEqual(1);
    }
    for (const related of article.related) {
      expect(await linksTo(main, paths.article(related)).count(), related.slug).toBeGreaterThanOrEqual(1);
    }
  });

  it('goes to the older and back to the newer article', async () => {
    const article = middleArticle();
    const older = article.older!;
    const { page } = await openPage(paths.article(article));
    await expectHeading(page, article.title);

    await linksTo(page.locator('main'), paths.article(older))
      .filter({ hasText: older.title })
      .first()
      .click();
    await waitForLocation(page, paths.article(older));
    await expectHeading(page, older.title);

    await linksTo(page.locator('main'), paths.article(article))
      .filter({ hasText: article.title })
      .first()
      .click();
    await waitForLocation(page, paths.article(article));
    await expectHeading(page, article.title);

    const newer = article.newer!;
    await linksTo(page.locator('main'), paths.article(newer))
      .filter({ hasText: newer.title })
      .first()
      .click();
    await waitForLocation(page, paths.article(newer));
    await expectHeading(page, newer.title);
  });
});

describe('old and wrong article URLs', () => {
  it('redirects the old Blogger form /yyyy/mm/slug.html to the article', async () => {
    const article = middleArticle();
    const { page } = await openPage(`${paths.article(article)}.html`);
    await waitForLocation(page, paths.article(article));
    await expectHeading(page, article.title);
  });

  it('redirects an article URL with the wrong year and month to the canonical one', async () => {
    const article = middleArticle();
    const wrong = article.month === '2000-01' ? '2000-02' : '2000-01';
    const { page } = await openPage(paths.article({ slug: article.slug, month: wrong }));
    await waitForLocation(page, paths.article(article));
    await expectHeading(page, article.title);
  });

  it('redirects an old permalink of an imported article (redirects.json) to the article', async ({
    skip,
  }) => {
    const redirect = builtApi.redirects().redirects[0];
    if (!redirect) skip('the sample archive has no old permalinks');
    const article = builtApi.article(redirect!.to.slug);
    const { page } = await openPage(redirect!.from);
    await waitForLocation(page, paths.article(article));
    await expectHeading(page, article.title);
  });
});
