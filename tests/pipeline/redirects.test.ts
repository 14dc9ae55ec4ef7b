import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../pipeline/problems';
import type { Redirects } from '../../src/contract/schemas';
import { RedirectsSchema } from '../../src/contract/schemas';
import * as v from 'valibot';
import { articleFile, build, buildOk, writeContent } from './helpers';

describe('redirects.json', () => {
  it('maps every alias to its article, sorted by old path', async () => {
    const content = writeContent(
      {
        'kvm.md': articleFile({
          published: '2008-06-30T23:30:00-07:00',
          aliases: ['/2008/06/kvm-merged.html', '/?p=123'],
        }),
        'xen.md': articleFile({ published: '2007-01-10T10:00:00Z', aliases: ['/2007/01/xen-3.html'] }),
        'plain.md': articleFile({ published: '2007-02-10T10:00:00Z' }),
      },
      { timeZone: 'UTC' },
    );
    const { read } = await buildOk(content);
    const redirects = read<Redirects>('redirects.json');
    expect(v.is(RedirectsSchema, redirects)).toBe(true);
    expect(redirects).toEqual({
      redirects: [
        { from: '/2007/01/xen-3.html', to: { slug: 'xen', month: '2007-01' } },
        { from: '/2008/06/kvm-merged.html', to: { slug: 'kvm', month: '2008-07' } },
        { from: '/?p=123', to: { slug: 'kvm', month: '2008-07' } },
      ],
    });
  });

  it('is written empty when no article has aliases', async () => {
    const { read } = await buildOk(writeContent({}));
    expect(read('redirects.json')).toEqual({ redirects: [] });
  });

  it('rejects an alias claimed twice, or one that is the address of an article', async () => {
    const content = writeContent({
      'a.md': articleFile({ published: '2008-06-01T10:00:00Z', aliases: ['/old.html'] }),
      'b.md': articleFile({ published: '2008-06-02T10:00:00Z', aliases: ['/old.html', '/2008/06/a'] }),
      'c.md': articleFile({ published: '2008-06-03T10:00:00Z', aliases: ['/2008/06/c'] }),
    });
    const { result } = await build(content);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => formatProblem(p).replaceAll(`${content}${path.sep}`, ''))).toEqual([
      'articles/b.md:6: aliases: "/2008/06/a" is the address of articles/a.md',
      'articles/b.md:6: aliases: "/old.html" is also an alias of articles/a.md',
      'articles/c.md:6: aliases: "/2008/06/c" is the address of this article',
    ]);
  });
});
