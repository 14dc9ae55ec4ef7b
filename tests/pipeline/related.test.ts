import { describe, expect, it } from 'vitest';
import { computeRelated, RELATED_MAX, RELATED_MIN } from '../../pipeline/related';
import type { Article } from '../../src/contract/schemas';
import { articleFile, buildOk, writeContent } from './helpers';

const day = (d: number) => new Date(Date.UTC(2008, 0, d, 12)).toISOString().replace('.000Z', 'Z');

describe('related articles', () => {
  it('prefers most labels in common, then nearest in time, and never the article itself', async () => {
    const content = writeContent({
      'self.md': articleFile({ published: day(10), labels: ['KVM', 'Red Hat', 'Linux'] }),
      'three-far.md': articleFile({ published: day(1), labels: ['KVM', 'Red Hat', 'Linux'] }),
      'two-near.md': articleFile({ published: day(11), labels: ['KVM', 'Linux', 'Xen'] }),
      'two-far.md': articleFile({ published: day(25), labels: ['Red Hat', 'KVM'] }),
      'one-near.md': articleFile({ published: day(9), labels: ['Linux'] }),
      'one-nearer.md': articleFile({ published: day(10).replace('12:00', '13:00'), labels: ['Red Hat'] }),
      'one-far.md': articleFile({ published: day(28), labels: ['KVM'] }),
      'none-nearest.md': articleFile({ published: day(10).replace('12:00', '12:30'), labels: ['Xen'] }),
    });
    const { read } = await buildOk(content);
    const related = read<Article>('articles/self.json').related.map((r) => r.slug);
    expect(related).toEqual(['three-far', 'two-near', 'two-far', 'one-nearer', 'one-near']);
  });

  it('tops up with the nearest articles in time when fewer than three share a label', async () => {
    const content = writeContent({
      'self.md': articleFile({ published: day(10), labels: ['VDI'] }),
      'shares.md': articleFile({ published: day(20), labels: ['VDI'] }),
      'near.md': articleFile({ published: day(9), labels: ['Xen'] }),
      'nearer.md': articleFile({ published: day(10).replace('12:00', '18:00'), labels: [] }),
      'far.md': articleFile({ published: day(1), labels: [] }),
    });
    const { read } = await buildOk(content);
    expect(read<Article>('articles/self.json').related.map((r) => r.slug)).toEqual([
      'shares',
      'nearer',
      'near',
    ]);
    expect(read<Article>('articles/far.json').related).toHaveLength(3);
  });

  it('gives fewer only when the archive has fewer other articles', async () => {
    const content = writeContent({
      'one.md': articleFile({ published: day(1) }),
      'two.md': articleFile({ published: day(2) }),
    });
    const { read } = await buildOk(content);
    expect(read<Article>('articles/one.json').related.map((r) => r.slug)).toEqual(['two']);
  });

  it('matches a brute-force ranking of every pair on random archives', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 30; round++) {
      const n = 1 + Math.floor(random() * 60);
      const labelCount = 1 + Math.floor(random() * 12);
      // Whole hours, so that equal distances (ties) happen often.
      const times = Array.from({ length: n }, () => Math.floor(random() * 200) * 3_600_000).sort(
        (a, b) => b - a,
      );
      const labelIds = times.map(() => {
        const many = random() < 0.05 ? 10 : Math.floor(random() * 4);
        return [...new Set(Array.from({ length: many }, () => Math.floor(random() * labelCount)))].sort(
          (a, b) => a - b,
        );
      });
      const labelPositions = Array.from({ length: labelCount }, (_, l) =>
        labelIds.flatMap((ids, p) => (ids.includes(l) ? [p] : [])),
      );
      const result = computeRelated({ times, labelIds, labelPositions });

      for (let self = 0; self < n; self++) {
        const ranked = times
          .map((time, p) => ({
            p,
            shared: labelIds[p]!.filter((l) => labelIds[self]!.includes(l)).length,
            distance: Math.abs(time - times[self]!),
          }))
          .filter((c) => c.p !== self)
          .sort((a, b) => b.shared - a.shared || a.distance - b.distance || a.p - b.p);
        const sharing = ranked.filter((c) => c.shared > 0).slice(0, RELATED_MAX);
        const expected =
          sharing.length >= RELATED_MIN
            ? sharing
            : [
                ...sharing,
                ...ranked
                  .filter((c) => c.shared === 0)
                  .sort((a, b) => a.distance - b.distance || a.p - b.p)
                  .slice(0, RELATED_MIN - sharing.length),
              ];
        const actual = [...result.slice(self * RELATED_MAX, (self + 1) * RELATED_MAX)].filter((p) => p >= 0);
        expect(actual, `round ${round}, article ${self}`).toEqual(expected.map((c) => c.p));
      }
    }
  });
});
