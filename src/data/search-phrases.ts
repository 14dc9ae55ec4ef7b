import type { Pagefind } from './search-pagefind';

/** What a query asks of the index: its words, and the runs of them that were quoted. */
export interface SearchQuery {
  /** Every word, quotes removed: what Pagefind searches for (a result has them all). */
  words: string[];
  /** Quoted runs of two or more words, which must stand together, in that order. */
  phrases: string[][];
}

const QUOTE = /["“”„]/;

/** Pagefind drops a word's punctuation ("hyper-v" is "hyperv"), so a token of punctuation only is no word. */
const wordsOf = (text: string) => text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token));

/** The words and phrases of a query: `kvm "live migration"`. A quote left open quotes nothing. */
export function parseSearchQuery(term: string): SearchQuery {
  const parts = term.split(QUOTE);
  const words: string[] = [];
  const phrases: string[][] = [];
  const open = parts.length % 2 === 0 ? parts.length - 1 : -1;
  parts.forEach((part, i) => {
    const quoted = i % 2 === 1 && i !== open;
    const partWords = wordsOf(part);
    words.push(...partWords);
    if (quoted && partWords.length > 1) phrases.push(partWords);
  });
  return { words, phrases };
}

type Positions = Map<string, number[]>;

/** Where a word's matches are in each article that has it (Pagefind's word positions), by page id. */
async function positionsOf(pagefind: Pagefind, word: string): Promise<Positions> {
  const { results } = await pagefind.search(word);
  return new Map(results.map((result) => [result.id, result.words]));
}

/**
 * Whether two words may match at one position: Pagefind matches a word's stem and the longer words
 * that begin with it, so words that begin alike ("migrate", "migration") may find the same word.
 */
function mayMeet(a: string, b: string): boolean {
  let same = 0;
  while (same < a.length && same < b.length && a[same] === b[same]) same++;
  return same >= 3 || same === Math.min(a.length, b.length);
}

function standsTogether(phrase: Positions[], id: string): boolean {
  const [first, ...rest] = phrase.map((positions) => positions.get(id));
  if (!first || rest.some((at) => !at)) return false;
  return first.some((start) => rest.every((at, i) => at!.includes(start + i + 1)));
}

const distinct = (words: string[]) => [...new Set(words.map((word) => word.toLocaleLowerCase()))];

/**
 * The results of a search for all the query's words in which every phrase's words stand together.
 * A word's positions come from a search for that word alone, which costs about what a search does;
 * Pagefind's own exact-phrase search compares every result with every match of the words, which on
 * a large archive takes tens of seconds for two common words. When every word of the query is in a
 * phrase and no two can match alike, one word is not searched: its positions are those of the
 * results' matches that the other words leave. As in any search here, a word also matches the
 * longer words that begin with it.
 */
export async function keepPhrases<R extends { id: string; words: number[] }>(
  pagefind: Pagefind,
  results: R[],
  { words, phrases }: SearchQuery,
): Promise<R[]> {
  if (phrases.length === 0 || results.length === 0) return results;
  const inPhrases = distinct(phrases.flat());
  const all = distinct(words);
  const inferred =
    all.length === inPhrases.length && all.every((a, i) => all.slice(i + 1).every((b) => !mayMeet(a, b)))
      ? inPhrases.at(-1)!
      : null;
  const searched = inPhrases.filter((word) => word !== inferred);
  const found = await Promise.all(searched.map((word) => positionsOf(pagefind, word)));
  const positions = new Map(searched.map((word, i) => [word, found[i]!]));
  if (inferred !== null) {
    const left = ({ id, words: at }: R) => {
      const others = found.flatMap((other) => other.get(id) ?? []);
      return others.length === 0 ? at : at.filter((p) => !others.includes(p));
    };
    positions.set(inferred, new Map(results.map((result) => [result.id, left(result)])));
  }
  const byPhrase = phrases.map((phrase) => phrase.map((word) => positions.get(word.toLocaleLowerCase())!));
  return results.filter((result) => byPhrase.every((phrase) => standsTogether(phrase, result.id)));
}
