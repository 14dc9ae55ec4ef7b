import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../pipeline/plain-text';
import { API_PREFIX, apiPaths } from '../../src/contract/api-paths';
import { paths } from '../../src/contract/paths';
import type { Article } from '../../src/contract/schemas';
import { builtApi } from './api';
import { openPage } from './session';
import { articleLinks, expectHeading, waitForLocation } from './view';

/** Every article of the build, with its words in three parts, lower-cased. */
function corpus(): { article: Article; path: string; title: string; summary: string; body: string }[] {
  const first = builtApi.feed();
  const summaries = Array.from({ length: first.pageCount }, (_, i) => builtApi.feed(i + 1).items).flat();
  return summaries.map((s) => {
    const article = builtApi.article(s.slug);
    return {
      article,
      path: paths.article(article),
      title: article.title.toLowerCase(),
      summary: article.summary.toLowerCase(),
      body: htmlToText(article.html).toLowerCase(),
    };
  });
}

const words = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const has = (text: string, word: string) => words(text).includes(word);

/**
 * A word (7+ letters) that only the body of one article has. Pagefind stems words and matches
 * prefixes, so no other word anywhere may share its first letters either.
 */
function bodyOnlyWord() {
  const articles = corpus();
  const stem = (w: string) => w.slice(0, Math.max(5, w.length - 3));
  const owners = new Map<string, Set<string>>();
  for (const a of articles)
    for (const w of words(`${a.title} ${a.summary} ${a.body}`)) {
      const key = stem(w);
      owners.set(key, (owners.get(key) ?? new Set()).add(a.path));
    }
  const anywhere = articles.flatMap((a) => words(`${a.title} ${a.summary} ${a.body}`));
  for (const a of articles) {
    const head = new Set(words(`${a.title} ${a.summary}`).map(stem));
    const word = words(a.body).find(
      (w) =>
        /^[a-z]{7,}$/.test(w) &&
        owners.get(stem(w))?.size === 1 &&
        !head.has(stem(w)) &&
        anywhere.every((other) => other === w || !other.startsWith(stem(w))),
    );
    if (word) return { word, path: a.path };
  }
  throw new Error('The sample archive has no word that only one body has');
}

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search the archive' });
const results = (page: Page) => page.locator('main .search-results');

async function search(page: Page, text: string): Promise<void> {
  await searchBox(page).fill(text);
  await searchBox(page).press('Enter');
  await expectHeading(page, `Search: “${text.trim()}”`);
  // The heading shows at once; the results once the index has answered.
  await page.locator('main .search-results, main .search-empty').first().waitFor();
}

/** The article paths of all the result pages, following the pagination. */
async function allResults(page: Page): Promise<string[]> {
  await results(page).or(page.locator('main .search-empty')).first().waitFor();
  const found = await articleLinks(results(page));
  const summary = (await page.locator('main .list-summary').textContent()) ?? '';
  const pageCount = Number(/page \d+ of (\d+)/.exec(summary)?.[1] ?? 1);
  for (let next = 2; next <= pageCount; next++) {
    await page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: /older/i }).click();
    await page.locator('main .list-summary', { hasText: `page ${next} of ${pageCount}` }).waitFor();
    found.push(...(await articleLinks(results(page))));
  }
  return found;
}

describe('search', () => {
  it('finds every article with an exact word, highlights it, and the URL holds the query', async () => {
    const word = 'qumranet';
    const expected = corpus()
      .filter((a) => has(`${a.title} ${a.summary} ${a.body}`, word))
      .map((a) => a.path);
    expect(expected.length).toBeGreaterThan(1);
    const { page } = await openPage(paths.feed());
    await search(page, 'Qumranet');
    await waitForLocation(page, paths.search({ q: 'Qumranet' }));
    const marks = await results(page).locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark.toLowerCase()).toContain(word);
    expect(await page.locator('main').textContent()).toContain(
      `${expected.length} ${expected.length === 1 ? 'article' : 'articles'}`,
    );
    expect((await allResults(page)).sort()).toEqual([...expected].sort());
    expect(await page.title()).toContain('Search: Qumranet');
  });

  /** The articles in which `phrase` stands (each word also finds the longer words that begin with it). */
  const articlesWith = (phrase: string[], also: string[] = []) =>
    corpus()
      .map((a) => ({ path: a.path, text: words(`${a.title} ${a.summary} ${a.body}`) }))
      .map(({ path, text }) => ({
        path,
        apart: [...phrase, ...also].every((w) => text.some((t) => t.startsWith(w))),
        together: text.some((_, i) => phrase.every((w, j) => text[i + j]?.startsWith(w))),
      }));

  it('finds a phrase only where its words stand together', async () => {
    const all = articlesWith(['virtual', 'machine']);
    const together = all.filter((a) => a.together).map((a) => a.path);
    // Articles with both words, but apart: the search must leave them out.
    expect(all.filter((a) => a.apart && !a.together).length).toBeGreaterThan(0);
    const { page } = await openPage(paths.search({ q: '"virtual machine"' }));
    await expectHeading(page, 'Search: “"virtual machine"”');
    expect((await allResults(page)).sort()).toEqual([...together].sort());
  });

  it('finds a phrase within a longer query, the other words anywhere in the article', async () => {
    const all = articlesWith(['virtual', 'machine'], ['vmware']);
    const expected = all.filter((a) => a.apart && a.together).map((a) => a.path);
    expect(expected.length).toBeGreaterThan(0);
    expect(all.filter((a) => a.apart && !a.together).length).toBeGreaterThan(0);
    expect(all.filter((a) => !a.apart && a.together).length).toBeGreaterThan(0);
    const { page } = await openPage(paths.search({ q: 'vmware "virtual machine"' }));
    expect((await allResults(page)).sort()).toEqual([...expected].sort());
  });

  it('finds a word that only the body of an article has', async () => {
    const { word, path } = bodyOnlyWord();
    const { page } = await openPage(paths.feed());
    await search(page, word);
    expect(await allResults(page)).toEqual([path]);
    expect((await results(page).locator('mark').first().textContent())?.toLowerCase()).toContain(word);
  });

  it('says so when nothing matches, and offers ways on', async () => {
    const { page } = await openPage(paths.search({ q: 'zzqxjwv' }));
    await expectHeading(page, 'Search: “zzqxjwv”');
    const main = page.locator('main');
    await main.getByText('No articles match “zzqxjwv”').waitFor();
    expect(await main.getByRole('link', { name: 'labels' }).getAttribute('href')).toBe(paths.labels());
    expect(await articleLinks(main)).toEqual([]);
  });

  it('survives special characters and a very long query', async () => {
    const { page } = await openPage(paths.feed());
    const special = `C++ <script>alert("x")</script> & 100% \\ "unclosed`;
    await search(page, special);
    await page.locator('main .search-results, main .search-empty').first().waitFor();
    expect(await page.locator('main script').count()).toBe(0);

    const long = 'hypervisor migration '.repeat(100).slice(0, 2000);
    await page.goto(paths.search({ q: long }));
    await expectHeading(page, /^Search: “hypervisor migration/);
    await page.getByText('Only the first 200 characters of your search were used.').waitFor();
    await page.locator('main .search-results, main .search-empty').first().waitFor();
  });

  it('combines the words with a label filter, shown as a chip that removes it', async () => {
    const label = builtApi.labels().labels.find((l) => l.slug === 'kvm')!;
    const everywhere = corpus().filter((a) => has(`${a.title} ${a.summary} ${a.body}`, 'migration'));
    const labelled = everywhere
      .filter((a) => a.article.labels.some((l) => l.slug === label.slug))
      .map((a) => a.path);
    expect(labelled.length).toBeGreaterThan(0);
    expect(labelled.length).toBeLessThan(everywhere.length);

    const { page } = await openPage(paths.search({ q: 'migration', label: label.slug }));
    await expectHeading(page, 'Search: “migration”');
    const found = await allResults(page);
    expect(found.sort()).toEqual(expect.arrayContaining([...labelled].sort()));
    for (const path of found) expect(labelled).toContain(path);

    await page.goto(paths.search({ q: 'migration', label: label.slug }));
    await page.getByRole('link', { name: `Remove filter Label: ${label.name}` }).click();
    await waitForLocation(page, paths.search({ q: 'migration' }));
    // The address changes as the new view commits; the chip's going shows that it has rendered.
    await page.getByRole('list', { name: 'Active filters' }).waitFor({ state: 'detached' });
    expect((await allResults(page)).length).toBeGreaterThan(found.length);
  });

  it('says so when a part of the index fails, and Retry searches again', async () => {
    const list = `**/${API_PREFIX}/${apiPaths.searchLabel('kvm')}`;
    const session = await openPage('about:blank');
    // The browser's note of the failed request, and React Router's of the error the view shows.
    session.tolerate(/status of 500|HttpError: .*answered with HTTP 500/);
    const { page, context } = session;
    // The search runs in a worker: the context's routes see its requests.
    await context.route(list, (route) => route.fulfill({ status: 500, body: 'oops' }));
    await page.goto(paths.search({ q: 'migration', label: 'kvm' }));
    const retry = page.getByRole('button', { name: /retry|try again/i });
    await retry.waitFor();
    expect(await results(page).count()).toBe(0);

    await context.unroute(list);
    await retry.click();
    await results(page).waitFor();
    expect((await articleLinks(results(page))).length).toBeGreaterThan(0);
  });

  it('focuses the search box with /, except while typing in a field', async () => {
    const { page } = await openPage(paths.feed());
    await expectHeading(page, /newest/i);
    await page.keyboard.press('/');
    expect(await searchBox(page).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('xen');
    expect(await searchBox(page).inputValue()).toBe('xen');
    await page.keyboard.type('/');
    expect(await searchBox(page).inputValue()).toBe('xen/');
    await searchBox(page).fill('hypervisor');
    await page.keyboard.press('Enter');
    await waitForLocation(page, paths.search({ q: 'hypervisor' }));
  });
});
