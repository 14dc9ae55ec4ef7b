import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../pipeline/problems';
import { articleFile, build, writeContent } from './helpers';

const published = '2008-06-01T10:00:00Z';

async function problemsOf(articles: Record<string, string>, site = {}) {
  const dir = writeContent(articles, site);
  const { result, outDir } = await build(dir);
  expect(result.ok).toBe(false);
  // Nothing is written on failure, not even the output folder or a staging folder beside it.
  expect(existsSync(outDir)).toBe(false);
  expect(readdirSync(dir).filter((name) => name.includes('staging'))).toEqual([]);
  return {
    dir,
    messages: result.ok
      ? []
      : result.problems.map((p) => formatProblem(p).replaceAll(`${dir}${path.sep}`, '')),
  };
}

describe('content problems', () => {
  it('reports every problem of every file in one run, by file and line', async () => {
    const { messages } = await problemsOf({
      'a-broken.md': '---\ntitle: Broken\nlabels: [KVM\n---\nBody',
      'b-no-date.md': articleFile({ title: 'No date' }),
      'c-bad-date.md': articleFile({ published: '2008-13-01' }),
      'd-no-front-matter.md': '# Just a heading\n',
      'e-fine.md': articleFile({ published }),
    });
    expect(messages).toEqual([
      expect.stringMatching(/^articles\/a-broken\.md:3: front matter is not valid YAML: /),
      'articles/b-no-date.md: published: missing (required)',
      'articles/c-bad-date.md:5: published: "2008-13-01" is not an ISO 8601 date-time with an offset (e.g. 2008-06-30T23:30:00-07:00)',
      'articles/d-no-front-matter.md:1: no front matter: the file must start with a "---" line',
    ]);
  });

  it('reports a duplicate slug, naming the file that has it first', async () => {
    const { messages } = await problemsOf({
      '2008/06/kvm.md': articleFile({ published }),
      '2009/01/kvm.md': articleFile({ published }),
      '2009/02/other.md': articleFile({ published, slug: 'kvm' }),
    });
    expect(messages).toEqual([
      'articles/2009/01/kvm.md: duplicate slug "kvm": articles/2008/06/kvm.md has it too',
      'articles/2009/02/other.md:6: duplicate slug "kvm": articles/2008/06/kvm.md has it too',
    ]);
  });

  it('reports two label names that make the same slug, naming both files', async () => {
    const { messages } = await problemsOf({
      'a.md': articleFile({ published, labels: ['Red Hat'] }),
      'b.md': articleFile({ published, labels: ['Red hat', 'KVM'] }),
      'c.md': articleFile({ published, labels: ['C++', 'C'] }),
    });
    expect(messages).toEqual([
      'articles/b.md:4: labels: "Red hat" and "Red Hat" (articles/a.md) both make the label slug "red-hat"; use one name',
    ]);
  });

  it('reports a file name that cannot be a slug, with a suggestion', async () => {
    const { messages } = await problemsOf({ 'Red Hat News.md': articleFile({ published }) });
    expect(messages).toEqual([
      'articles/Red Hat News.md: the file name gives the slug "Red Hat News", which is not a URL slug; rename the file or set slug: "red-hat-news"',
    ]);
  });

  it('reports a bad site.json together with the problems of the articles', async () => {
    const { messages } = await problemsOf(
      { 'a.md': articleFile({ title: '', published }) },
      { timeZone: 'Mars/Olympus_Mons', pageSize: 0 },
    );
    expect(messages).toEqual([
      'articles/a.md:2: title: is empty',
      'site.json: pageSize: expected a whole number from 1 to 100',
      'site.json: timeZone: "Mars/Olympus_Mons" is not an IANA time zone name such as "Europe/Rome"',
    ]);
  });
});
