import { describe, expect, it } from 'vitest';
import { paths } from '../../src/contract/paths';
import { builtApi } from './api';
import { openPage } from './session';
import { expectFrame, expectHeading, linksTo } from './view';

const NOT_FOUND = /not found|no such|doesn.t exist|does not exist|nothing here/i;

describe('not-found URLs', () => {
  const cases: [string, string][] = [
    ['an unknown article slug', '/2008/06/no-such-article-e2e'],
    ['an impossible month', '/2012/13'],
    ['a path no route knows', '/nonsense/path/x'],
    ['an unknown label', '/label/no-such-label-e2e'],
    ['a feed page past the last', '/page/9999'],
  ];

  for (const [what, path] of cases) {
    it(`shows the not-found page inside the frame for ${what} (${path})`, async () => {
      const session = await openPage(path);
      // The missing API file is a 404, which Chromium notes in the console: that one is expected.
      session.tolerate(/status of 404/);
      const { page } = session;
      await expectHeading(page, NOT_FOUND);
      await expectFrame(page);
      expect(new URL(page.url()).pathname).toBe(path);
      const main = page.locator('main');
      const backIntoArchive =
        (await linksTo(main, paths.archive()).count()) + (await linksTo(main, paths.feed()).count());
      expect(backIntoArchive, 'links back into the archive').toBeGreaterThan(0);
      expect(await page.title()).toMatch(NOT_FOUND);
    });
  }

  it('serves the shell with 200 for a not-found page and a JSON 404 for a missing API file', async () => {
    const { page } = await openPage('/nonsense/path/x');
    const shell = await page.request.get('/nonsense/path/x');
    expect(shell.status()).toBe(200);
    const missing = await page.request.get('/api/v1/articles/no-such-article-e2e.json');
    expect(missing.status()).toBe(404);
    expect(missing.headers()['content-type']).toContain('application/json');
    expect(builtApi.articleExists('no-such-article-e2e')).toBe(false);
    await expectHeading(page, NOT_FOUND);
  });
});
