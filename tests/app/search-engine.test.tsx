import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { apiPaths } from '../../src/contract/api-paths';
import { InvalidResponseError, NetworkError } from '../../src/data/errors';
import { RECENT_SEARCHES, searchArchive } from '../../src/data/search-archive';
import { SEARCH_PAGE_SIZE } from '../../src/data/search-page';
import { loadPagefind, type Pagefind } from '../../src/data/search-pagefind';
import { rankedPage } from '../../src/data/search-rank';
import { excerptParts } from '../../src/routes/search/highlighted-excerpt';
import { apiFile, server } from './msw-server';

vi.mock(import('../../src/data/search-pagefind'), async (importOriginal) => ({
  ...(await importOriginal()),
  loadPagefind: vi.fn(),
}));

/**
 * A Pagefind stand-in with `count` results, best first: page `p{i}` scores `score(i)`, has the
 * searched words at `words(term, i)` and was published on day `1 + i % 28` of June 2008. It
 * records the words it was asked for.
 */
function fakePagefind(
  count: number,
  {
    score = (i: number) => count - i,
    words = () => [0],
    meta = metaOf,
  }: {
    score?: (i: number) => number;
    words?: (term: string, i: number) => number[];
    meta?: typeof metaOf;
  } = {},
) {
  const terms: string[] = [];
  const data = vi.fn((i: number) =>
    Promise.resolve({ url: `/x/${i}`, excerpt: `<mark>w</mark> ${i}`, meta: meta(i) }),
  );
  const pagefind: Pagefind = {
    search: (term) => {
      terms.push(term);
      const results = Array.from({ length: count }, (_, i) => ({
        id: `p${i}`,
        score: score(i),
        words: words(term, i),
        data: () => data(i),
      }));
      return Promise.resolve({ results });
    },
  };
  vi.mocked(loadPagefind).mockResolvedValue(pagefind);
  return { terms, data };
}

function metaOf(i: number): Record<string, string> {
  return {
    slug: `a${i}`,
    title: `Article ${i}`,
    published: `2008-06-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00Z`,
    month: '2008-06',
    author: 'Ann',
    summary: 'S',
    labels: 'kvm red-hat',
  };
}

const slugs = (page: { items: { slug: string }[] }) => page.items.map((hit) => hit.slug);

beforeEach(() => vi.mocked(loadPagefind).mockReset());

describe('an excerpt', () => {
  it('is text with marked words, and nothing else is markup', () => {
    expect(excerptParts('a <mark>KVM</mark> b <script>x</script><mark></mark>')).toEqual([
      { text: 'a ', marked: false },
      { text: 'KVM', marked: true },
      { text: ' b <script>x</script>', marked: false },
    ]);
    expect(excerptParts('')).toEqual([]);
  });
});

describe('ranking a page of results', () => {
  const results = (scores: number[]) =>
    scores.map((score, i) => ({ score, data: vi.fn(() => Promise.resolve({ i, day: i % 3 })) }));
  type Read = { i: number; day: number };
  const byDay = (a: Read, b: Read) => b.day - a.day;

  it('keeps the order of relevance, and reads only the page', async () => {
    const all = results([9, 8, 7, 6, 5, 4]);
    expect((await rankedPage(all, 2, 2, byDay)).map((d) => d.i)).toEqual([2, 3]);
    expect(all.filter((r) => r.data.mock.calls.length > 0)).toHaveLength(2);
  });

  it('puts equally relevant results newest first, across the edges of pages', async () => {
    // Days: i % 3, so 0 1 2 0 1 2; the five 5s tie, and span pages 1 to 3 of size 2.
    const all = results([9, 5, 5, 5, 5, 5]);
    const pages = await Promise.all([1, 2, 3].map((p) => rankedPage(all, p, 2, byDay)));
    expect(pages.map((page) => page.map((d) => d.i))).toEqual([
      [0, 2],
      [5, 1],
      [4, 3],
    ]);
  });

  it('is empty past the last result', async () => {
    expect(await rankedPage(results([1]), 2, 10, byDay)).toEqual([]);
  });
});

describe('searching the archive', () => {
  it('returns one page of results, best first, with their labels', async () => {
    const { terms, data } = fakePagefind(25);
    const page = await searchArchive({ q: '  kvm  ', label: null, month: null, page: 2 });
    expect(terms).toEqual(['kvm']);
    expect(page).toMatchObject({ page: 2, pageCount: 3, total: 25 });
    expect(slugs(page)).toEqual(Array.from({ length: 10 }, (_, i) => `a${10 + i}`));
    expect(page.items[0]).toEqual({
      ...metaOf(10),
      labels: ['kvm', 'red-hat'],
      excerpt: '<mark>w</mark> 10',
    });
    // Only the shown results' fragments are fetched.
    expect(data).toHaveBeenCalledTimes(SEARCH_PAGE_SIZE);
  });

  it('turns the pages of a search without searching again', async () => {
    const { terms } = fakePagefind(25);
    const pages = [1, 2, 3].map((page) => ({ q: 'kvm', label: null, month: null, page }));
    const shown = [];
    for (const page of pages) shown.push((await searchArchive(page)).items[0]?.slug);
    expect(shown).toEqual(['a0', 'a10', 'a20']);
    expect(terms).toEqual(['kvm']);
    await searchArchive({ ...pages[0]!, q: 'xen' });
    expect(terms).toEqual(['kvm', 'xen']);
    // Only the last few are kept: after as many others, "kvm" is searched again.
    const others = Array.from({ length: RECENT_SEARCHES }, (_, i) => `w${i}`);
    for (const q of others) await searchArchive({ ...pages[0]!, q });
    await searchArchive(pages[0]!);
    expect(terms).toEqual(['kvm', 'xen', ...others, 'kvm']);
  });

  it("narrows to a label's and a month's articles with their lists of page ids", async () => {
    fakePagefind(25);
    server.use(
      http.get(apiFile(apiPaths.searchLabel('kvm')), () => HttpResponse.json(['p1', 'p3', 'p5', 'p8'])),
      http.get(apiFile(apiPaths.searchMonth('2008-06')), () => HttpResponse.json(['p3', 'p5', 'p6', 'p8'])),
    );
    const page = await searchArchive({ q: 'kvm', label: 'kvm', month: '2008-06', page: 1 });
    expect(page).toMatchObject({ page: 1, pageCount: 1, total: 3 });
    expect(slugs(page)).toEqual(['a3', 'a5', 'a8']);
  });

  it('finds nothing for a label the archive does not have', async () => {
    fakePagefind(5);
    server.use(
      http.get(apiFile(apiPaths.searchLabel('nope')), () => new HttpResponse(null, { status: 404 })),
    );
    expect(await searchArchive({ q: 'kvm', label: 'nope', month: null, page: 1 })).toMatchObject({
      total: 0,
    });
  });

  it('searches a phrase for its words, and keeps the results where they stand together', async () => {
    // "migration" follows "live" in the even pages only.
    const { terms } = fakePagefind(25, {
      words: (term, i) => (term === 'live' ? [3] : term === 'migration' ? [i % 2 === 0 ? 4 : 9] : [3, 4, 9]),
    });
    const page = await searchArchive({ q: 'kvm "live migration"', label: null, month: null, page: 2 });
    expect(terms.sort()).toEqual(['kvm live migration', 'live', 'migration']);
    expect(page).toMatchObject({ page: 2, pageCount: 2, total: 13 });
    expect(slugs(page)).toEqual(['a20', 'a22', 'a24']);
  });

  it('orders equally relevant results newest first', async () => {
    fakePagefind(5, { score: () => 1 });
    const page = await searchArchive({ q: 'kvm', label: null, month: null, page: 1 });
    expect(slugs(page)).toEqual(['a4', 'a3', 'a2', 'a1', 'a0']);
  });

  it('searches only the first 200 characters, and nothing for blank words', async () => {
    const { terms } = fakePagefind(1);
    await searchArchive({ q: 'x'.repeat(2000), label: null, month: null, page: 1 });
    expect(terms[0]).toHaveLength(200);
    vi.mocked(loadPagefind).mockClear();
    expect(await searchArchive({ q: '   ', label: null, month: null, page: 1 })).toEqual({
      page: 1,
      pageCount: 1,
      total: 0,
      items: [],
    });
    expect(loadPagefind).not.toHaveBeenCalled();
  });

  it('rejects a result whose metadata breaks the contract', async () => {
    fakePagefind(1, { meta: () => ({ slug: 'a b', title: '' }) });
    await expect(searchArchive({ q: 'kvm', label: null, month: null, page: 1 })).rejects.toBeInstanceOf(
      InvalidResponseError,
    );
  });
});

describe('loading the index', () => {
  it('turns a failed load into a network error, and tries again next time', async () => {
    const { loadPagefind: load } = await vi.importActual<typeof import('../../src/data/search-pagefind')>(
      '../../src/data/search-pagefind',
    );
    await expect(load()).rejects.toBeInstanceOf(NetworkError);
    await expect(load()).rejects.toBeInstanceOf(NetworkError);
  });
});
