import { beforeEach, describe, expect, it, vi } from 'vitest';
import { InvalidResponseError, NetworkError } from '../../src/data/errors';
import { searchArchive, SEARCH_PAGE_SIZE } from '../../src/data/search-archive';
import { loadPagefind, type Pagefind, type PagefindOptions } from '../../src/data/search-pagefind';
import { excerptParts } from '../../src/routes/search/highlighted-excerpt';

vi.mock(import('../../src/data/search-pagefind'), async (importOriginal) => ({
  ...(await importOriginal()),
  loadPagefind: vi.fn(),
}));

/** A Pagefind stand-in with `count` results, best first; it records what it was asked. */
function fakePagefind(count: number, meta: (i: number) => Record<string, string> = metaOf) {
  const calls: { term: string; options?: PagefindOptions }[] = [];
  const data = vi.fn((i: number) =>
    Promise.resolve({
      url: `/x/${i}`,
      excerpt: `<mark>w</mark> ${i}`,
      meta: meta(i),
      filters: { label: ['kvm'] },
    }),
  );
  const pagefind: Pagefind = {
    search: (term, options) => {
      calls.push({ term, ...(options && { options }) });
      return Promise.resolve({ results: Array.from({ length: count }, (_, i) => ({ data: () => data(i) })) });
    },
  };
  vi.mocked(loadPagefind).mockResolvedValue(pagefind);
  return { calls, data };
}

function metaOf(i: number) {
  return {
    slug: `a${i}`,
    title: `Article ${i}`,
    published: `2008-06-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00Z`,
    month: '2008-06',
    author: 'Ann',
    summary: 'S',
  };
}

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

describe('searching the archive', () => {
  it('returns one page of results in the order of the index, with the filters asked of Pagefind', async () => {
    const { calls, data } = fakePagefind(25);
    const page = await searchArchive({ q: '  kvm  ', label: 'kvm', month: '2008-06', page: 2 });
    expect(calls).toEqual([{ term: 'kvm', options: { filters: { label: 'kvm', month: '2008-06' } } }]);
    expect(page).toMatchObject({ page: 2, pageCount: 3, total: 25 });
    expect(page.items.map((hit) => hit.slug)).toEqual(Array.from({ length: 10 }, (_, i) => `a${10 + i}`));
    expect(page.items[0]).toMatchObject({
      title: 'Article 10',
      labels: ['kvm'],
      excerpt: '<mark>w</mark> 10',
    });
    // Only the shown results' fragments are fetched.
    expect(data).toHaveBeenCalledTimes(SEARCH_PAGE_SIZE);
  });

  it('searches only the first 200 characters, and nothing for blank words', async () => {
    const { calls } = fakePagefind(1);
    await searchArchive({ q: 'x'.repeat(2000), label: null, month: null, page: 1 });
    expect(calls[0]!.term).toHaveLength(200);
    expect(calls[0]!.options).toEqual({ filters: {} });
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
    fakePagefind(1, () => ({ slug: 'a b', title: '' }));
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
