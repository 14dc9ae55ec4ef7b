import { describe, expect, it } from 'vitest';
import { API_PREFIX, apiPaths } from '../../src/contract/api-paths';
import { paths } from '../../src/contract/paths';
import { middleArticle } from './api';
import { openPage } from './session';
import { expectArticle, expectFrame } from './view';

const failures: [string, { status: number; body: string; contentType: string }][] = [
  ['a server error', { status: 500, body: 'oops', contentType: 'text/plain' }],
  ['a body that is not JSON', { status: 200, body: '<html>not json', contentType: 'application/json' }],
  ['JSON that breaks the contract', { status: 200, body: '{"slug":42}', contentType: 'application/json' }],
];

describe('a failing API request', () => {
  for (const [what, reply] of failures) {
    it(`shows an error with Retry inside the frame for ${what}, and Retry recovers`, async () => {
      const article = middleArticle();
      const file = `**/${API_PREFIX}/${apiPaths.article(article.slug)}`;
      const session = await openPage('about:blank');
      session.tolerate(/status of 500/);
      const { page } = session;
      await page.route(file, (route) => route.fulfill(reply));
      await page.goto(paths.article(article));

      const retry = page.getByRole('button', { name: /retry|try again/i });
      await retry.waitFor();
      await expectFrame(page);
      expect(await page.locator('h1').count()).toBe(1);

      await page.unroute(file);
      await retry.click();
      await expectArticle(page, article);
    });
  }
});
