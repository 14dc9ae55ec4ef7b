/** How many related articles an article shows: up to MAX sharing a label, topped up to MIN by time. */
export const RELATED_MAX = 5;
export const RELATED_MIN = 3;

/** Beyond this many labels the subsets of an article's labels get too many; count instead. */
const MAX_SUBSET_LABELS = 8;

export interface RelatedInput {
  /** Publication instants, newest first (the archive order). */
  times: ArrayLike<number>;
  /** For each article, its label ids, ascending. */
  labelIds: number[][];
  /** For each label id, the positions of its articles, ascending. */
  labelPositions: number[][];
}

/** Every article's label ids in one flat array (ids of article p at [start[p], start[p + 1])): the
 * filters below read them for millions of articles, and one array is far kinder to the cache than
 * a small array per article. */
interface FlatLabels {
  start: Int32Array;
  ids: Int32Array;
}

function flatten(labelIds: number[][]): FlatLabels {
  const start = new Int32Array(labelIds.length + 1);
  labelIds.forEach((ids, p) => (start[p + 1] = start[p]! + ids.length));
  const ids = new Int32Array(start[labelIds.length]!);
  labelIds.forEach((list, p) => ids.set(list, start[p]!));
  return { start, ids };
}

/** How many of `labels` (ascending) article `p` has. */
function commonCount(labels: number[], flat: FlatLabels, p: number): number {
  const { start, ids } = flat;
  const end = start[p + 1]!;
  let count = 0;
  for (let i = 0, j = start[p]!; i < labels.length && j < end;) {
    if (labels[i] === ids[j]) {
      count++;
      i++;
      j++;
    } else if (labels[i]! < ids[j]!) i++;
    else j++;
  }
  return count;
}

function lowerBound(list: number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Candidate {
  position: number;
  distance: number;
}

const byDistance = (a: Candidate, b: Candidate) => a.distance - b.distance || a.position - b.position;

/**
 * Related articles for every article: most labels in common first, then nearest in time, then newest;
 * at most RELATED_MAX, and at least RELATED_MIN (topped up with the nearest in time) when the archive has them.
 * Returns a flat array, RELATED_MAX slots per article, -1 where empty.
 *
 * Exact without comparing every pair: an article with k labels looks for candidates that share exactly
 * c of them (c = k, k-1, … 1) in the lists of articles having each c-subset of its labels, nearest first.
 * Once a level does not fill the slots, all of it has been taken, so fewer than RELATED_MAX articles
 * are ever skipped as "shares more".
 */
export function computeRelated({ times, labelIds, labelPositions }: RelatedInput): Int32Array {
  const n = labelIds.length;
  const result = new Int32Array(n * RELATED_MAX).fill(-1);
  const everyone = Array.from({ length: n }, (_, i) => i);
  const subsetLists = new Map<string, number[]>();
  const flat = flatten(labelIds);

  function positionsWithAll(subset: number[]): number[] {
    if (subset.length === 1) return labelPositions[subset[0]!]!;
    const key = subset.join(',');
    let list = subsetLists.get(key);
    if (!list) {
      const withPrefix = positionsWithAll(subset.slice(0, -1));
      const withLast = labelPositions[subset[subset.length - 1]!]!;
      // The shorter of the two, filtered: some labels are on a third of an archive.
      const shorter = withPrefix.length <= withLast.length ? withPrefix : withLast;
      list = shorter.filter((p) => commonCount(subset, flat, p) === subset.length);
      subsetLists.set(key, list);
    }
    return list;
  }

  /** Up to `limit` members of `list` nearest in time to `self`, passing `accept`. */
  function nearest(list: number[], self: number, limit: number, accept: (p: number) => boolean): Candidate[] {
    const found: Candidate[] = [];
    const at = lowerBound(list, self);
    let newer = at - 1;
    let older = list[at] === self ? at + 1 : at;
    while (newer >= 0 || older < list.length) {
      const newerDistance = newer >= 0 ? times[list[newer]!]! - times[self]! : Infinity;
      const olderDistance = older < list.length ? times[self]! - times[list[older]!]! : Infinity;
      const distance = Math.min(newerDistance, olderDistance);
      // Past the limit, only ties with the farthest found may still displace it (by position).
      if (found.length >= limit && distance > found[found.length - 1]!.distance) break;
      const position = newerDistance <= olderDistance ? list[newer--]! : list[older++]!;
      if (accept(position)) found.push({ position, distance });
    }
    return found.sort(byDistance).slice(0, limit);
  }

  function bySubsets(self: number, labels: number[]): number[] {
    const chosen: number[] = [];
    for (let shared = labels.length; shared >= 1 && chosen.length < RELATED_MAX; shared--) {
      const need = RELATED_MAX - chosen.length;
      const accept = (p: number) => p !== self && commonCount(labels, flat, p) === shared;
      const candidates = subsetsOfSize(labels, shared).flatMap((subset) =>
        nearest(positionsWithAll(subset), self, need, accept),
      );
      chosen.push(
        ...candidates
          .sort(byDistance)
          .slice(0, need)
          .map((c) => c.position),
      );
    }
    return chosen;
  }

  function byCounting(self: number, labels: number[]): number[] {
    const shared = new Map<number, number>();
    for (const label of labels) {
      for (const p of labelPositions[label]!) if (p !== self) shared.set(p, (shared.get(p) ?? 0) + 1);
    }
    return [...shared]
      .map(([position, count]) => ({ position, count, distance: Math.abs(times[self]! - times[position]!) }))
      .sort((a, b) => b.count - a.count || byDistance(a, b))
      .slice(0, RELATED_MAX)
      .map((c) => c.position);
  }

  for (let self = 0; self < n; self++) {
    const labels = labelIds[self]!;
    const chosen = labels.length > MAX_SUBSET_LABELS ? byCounting(self, labels) : bySubsets(self, labels);
    if (chosen.length < RELATED_MIN) {
      const taken = new Set(chosen);
      const fill = nearest(everyone, self, RELATED_MIN - chosen.length, (p) => p !== self && !taken.has(p));
      chosen.push(...fill.map((c) => c.position));
    }
    chosen.forEach((position, slot) => (result[self * RELATED_MAX + slot] = position));
  }
  return result;
}

/** The subsets of `items` with `size` members, each in the order of `items`. */
export function subsetsOfSize<T>(items: T[], size: number): T[][] {
  if (size === 0) return [[]];
  if (size > items.length) return [];
  const [first, ...rest] = items as [T, ...T[]];
  return [...subsetsOfSize(rest, size - 1).map((subset) => [first, ...subset]), ...subsetsOfSize(rest, size)];
}
