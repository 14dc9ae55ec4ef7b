import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { paths } from '../../src/contract/paths';
import { builtApi } from './api';
import { openPage } from './session';
import { expectHeading, location, literally } from './view';

/** Presses Tab (or Shift+Tab) until the focused element matches `selector`, as a keyboard user would. */
async function tabTo(page: Page, selector: string, { backwards = false } = {}): Promise<void> {
  for (let i = 0; i < 150; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

const focused = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

describe('the reader with the keyboard alone', () => {
  it('walks feed → article → next in its list → archive → month → article → label', async () => {
    const feed = builtApi.feed();
    const [first, second] = feed.items;
    const { page } = await openPage('/');
    await expectHeading(page, 'Newest articles');

    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    await page.keyboard.press('j');
    expect(await focused(page)).toBe(first!.title);
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    expect(await focused(page)).toBe(first!.title);
    await page.keyboard.press('Enter');
    await expectHeading(page, first!.title);
    expect(location(page)).toBe(`${paths.article(first!)}?from=feed`);
    await page.getByText(`1 of ${feed.total} in all articles`).waitFor();

    await page.keyboard.press('j');
    await expectHeading(page, second!.title);
    await page.getByText(`2 of ${feed.total} in all articles`).waitFor();
    expect(await focused(page)).toBe(second!.title);

    await tabTo(page, 'header a[href="/archive"]', { backwards: true });
    await page.keyboard.press('Enter');
    await expectHeading(page, 'Monthly archive');

    await tabTo(page, 'main .archive-months a');
    const monthName = await focused(page);
    await page.keyboard.press('Enter');
    const monthHeading = await expectHeading(page, /\d{4}$/);
    expect(monthName).toContain(monthHeading.split(' ')[0]);
    await page.keyboard.press('j');
    const article = await focused(page);
    await page.keyboard.press('Enter');
    await expectHeading(page, article);
    expect(location(page)).toMatch(/\?from=month:\d{4}-\d{2}$/);
    await page
      .getByText(literally(`in ${monthHeading}`))
      .first()
      .waitFor();

    await tabTo(page, 'main .article-labels a');
    const label = await focused(page);
    await page.keyboard.press('Enter');
    await expectHeading(page, `Label: ${label}`);
  });

  it('opens the shortcuts help with ?, traps focus in it, and closes it with Escape', async () => {
    const { page } = await openPage('/');
    await expectHeading(page, 'Newest articles');
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    // The page behind a modal dialog is inert: Tab reaches the dialog's controls (or leaves for the
    // browser's own UI), never the page.
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() =>
        document.activeElement?.closest('dialog')
          ? 'dialog'
          : document.activeElement === document.body
            ? 'none'
            : 'page',
      );
      expect(where).not.toBe('page');
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('keeps the reading list on reload', async () => {
    const feed = builtApi.feed();
    const third = feed.items[2]!;
    const { page } = await openPage(paths.articleIn(third, { list: { kind: 'feed' }, page: 1 }));
    await expectHeading(page, third.title);
    await page.getByText(`3 of ${feed.total} in all articles`).waitFor();
    await page.reload();
    await expectHeading(page, third.title);
    await page.getByText(`3 of ${feed.total} in all articles`).waitFor();
  });
});

describe('the theme', () => {
  it('applies a remembered choice before the app runs, and follows the system otherwise', async () => {
    const { page, context } = await openPage('/');
    await expectHeading(page, 'Newest articles');
    await page.emulateMedia({ colorScheme: 'dark' });
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background()).toBe('rgb(21, 24, 29)');
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
    expect(await background()).toBe('rgb(255, 255, 255)');

    // Before any of the app's modules run, the theme is already on <html>.
    await context.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') {
          (window as unknown as { earlyTheme: string | null }).earlyTheme =
            document.documentElement.getAttribute('data-theme');
        }
      });
    });
    await page.reload();
    await expectHeading(page, 'Newest articles');
    expect(await page.evaluate(() => (window as unknown as { earlyTheme: string | null }).earlyTheme)).toBe(
      'light',
    );
    expect(await background()).toBe('rgb(255, 255, 255)');
  });
});
