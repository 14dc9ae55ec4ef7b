import { describe, expect, it } from 'vitest';
import type { Pagefind } from './search-pagefind';
import { keepPhrases, parseSearchQuery } from './search-phrases';

describe('a search query', () => {
  it('is its words, with the quoted runs of two or more as phrases', () => {
    expect(parseSearchQuery('kvm "live migration" xen')).toEqual({
      words: ['kvm', 'live', 'migration', 'xen'],
      phrases: [['live', 'migration']],
    });
    expect(parseSearchQuery('“Red Hat” and "the new hypervisor"')).toEqual({
      words: ['Red', 'Hat', 'and', 'the', 'new', 'hypervisor'],
      phrases: [
        ['Red', 'Hat'],
        ['the', 'new', 'hypervisor'],
      ],
    });
  });

  it('has no phrase for one quoted word, a quote left open, or punctuation', () => {
    expect(parseSearchQuery('"kvm" xen')).toEqual({ words: ['kvm', 'xen'], phrases: [] });
    expect(parseSearchQuery('a "b c" "d e')).toEqual({
      words: ['a', 'b', 'c', 'd', 'e'],
      phrases: [['b', 'c']],
    });
    expect(parseSearchQuery('C++ & — "hyper-v !"')).toEqual({ words: ['C++', 'hyper-v'], phrases: [] });
    expect(parseSearchQuery('"" " "')).toEqual({ words: [], phrases: [] });
  });
});

/**
 * A Pagefind stand-in over a few texts, matching as Pagefind does: a word finds the words that begin
 * with it, and each result tells at which word positions.
 */
function fakePagefind(texts: Record<string, string>) {
  const asked: string[] = [];
  const pagefind: Pagefind = {
    search: (term) => {
      asked.push(term);
      const wanted = term.toLowerCase().split(' ');
      const results = Object.entries(texts).flatMap(([id, text]) => {
        const words = text.toLowerCase().split(' ');
        const at = (w: string) => words.flatMap((word, i) => (word.startsWith(w) ? [i] : []));
        if (!wanted.every((w) => at(w).length > 0)) return [];
        return [
          { id, score: 1, words: wanted.flatMap(at).sort((a, b) => a - b), data: () => Promise.reject() },
        ];
      });
      return Promise.resolve({ results });
    },
  };
  return { pagefind, asked };
}

describe('keeping the results with their phrases', () => {
  const texts = {
    together: 'kvm gets live migration today',
    apart: 'the migration was live today',
    reversed: 'migration live',
    twice: 'live news and live migration',
    longer: 'live migrations of kvm guests',
    alike: 'live liveness checks',
    repeated: 'live live shows',
  };

  /** What the search view does: all the words in one search, then the phrases' words alone. */
  async function search(q: string) {
    const { pagefind, asked } = fakePagefind(texts);
    const query = parseSearchQuery(q);
    const { results } = await pagefind.search(query.words.join(' '));
    asked.length = 0;
    const kept = await keepPhrases(pagefind, results, query);
    return { ids: kept.map((r) => r.id), asked: asked.sort() };
  }

  it('keeps those where the words stand together, in order, wherever in the text', async () => {
    expect((await search('"Live Migration"')).ids).toEqual(['together', 'twice', 'longer']);
    expect((await search('"migration today"')).ids).toEqual(['together']);
  });

  it('needs every phrase, of any length, and the other words', async () => {
    expect((await search('"kvm gets live"')).ids).toEqual(['together']);
    expect((await search('"live migration" "kvm guests"')).ids).toEqual(['longer']);
    expect(await search('kvm "live migration"')).toEqual({
      ids: ['together', 'longer'],
      asked: ['live', 'migration'],
    });
  });

  it('leaves one word unsearched when the phrases are all the query, and its words differ', async () => {
    expect(await search('"live migration"')).toEqual({
      ids: ['together', 'twice', 'longer'],
      asked: ['live'],
    });
    // Every word also finds the longer words that begin with it: "live live" is in "live liveness".
    expect((await search('"live live"')).ids).toEqual(['alike', 'repeated']);
    // "live" finds "liveness" too: what "live" leaves would not be all of "liveness".
    expect(await search('"live liveness"')).toEqual({ ids: ['alike'], asked: ['live', 'liveness'] });
  });

  it('keeps the order it was given, and asks nothing without phrases or results', async () => {
    const { pagefind, asked } = fakePagefind(texts);
    const query = parseSearchQuery('kvm "live migration"');
    const given = ['longer', 'apart', 'together'].map((id) => ({ id, words: [0] }));
    const { results } = await pagefind.search('kvm live migration');
    const positions = new Map(results.map((r) => [r.id, r.words]));
    const kept = await keepPhrases(
      pagefind,
      given.map((r) => ({ ...r, words: positions.get(r.id) ?? [] })),
      query,
    );
    expect(kept.map((r) => r.id)).toEqual(['longer', 'together']);
    asked.length = 0;
    expect(await keepPhrases(pagefind, given, parseSearchQuery('kvm live'))).toEqual(given);
    expect(await keepPhrases(pagefind, [], query)).toEqual([]);
    expect(asked).toEqual([]);
  });

  it('searches each word once, however many phrases have it', async () => {
    expect((await search('"live news" and "live migration"')).asked).toEqual(['live', 'migration', 'news']);
  });
});
