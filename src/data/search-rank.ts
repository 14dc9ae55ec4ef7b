/** At most this many results beyond a page's edge are read to order a tie that crosses it. */
const MAX_TIE_SPILL = 50;

type Scored<D> = { score: number; data: () => Promise<D> };

/**
 * One page of results, read (their fragments fetched) and ordered best first, equally relevant
 * ones newest first. Pagefind orders by relevance only, so a run of equal scores that crosses the
 * page's edge is read whole (up to a limit), and every page cuts the same order from it.
 */
export async function rankedPage<D, R extends Scored<D>>(
  results: R[],
  page: number,
  size: number,
  newerFirst: (a: D, b: D) => number,
): Promise<D[]> {
  const start = (page - 1) * size;
  const end = Math.min(start + size, results.length);
  if (start >= end) return [];
  const scoreAt = (i: number) => results[i]!.score;
  let from = start;
  while (from > 0 && start - from < MAX_TIE_SPILL && scoreAt(from - 1) === scoreAt(start)) from--;
  let to = end;
  while (to < results.length && to - end < MAX_TIE_SPILL && scoreAt(to) === scoreAt(end - 1)) to++;
  const read = await Promise.all(
    results.slice(from, to).map(async (result) => ({ score: result.score, data: await result.data() })),
  );
  read.sort((a, b) => b.score - a.score || newerFirst(a.data, b.data));
  return read.slice(start - from, end - from).map((r) => r.data);
}
