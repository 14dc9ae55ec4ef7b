import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBlog, type ImportOptions } from './import-blog';
import { ImportError } from './import-error';
import { fixture, listFiles, snapshot, withTempDir } from './test-support';

async function problemsOf(options: ImportOptions): Promise<readonly string[]> {
  const error: unknown = await importBlog(options).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ImportError)) throw new Error(`expected an ImportError, got ${String(error)}`);
  return error.problems;
}

async function seedExisting(dir: string) {
  await writeFile(
    path.join(dir, 'site.json'),
    '{"title":"A","description":"","timeZone":"UTC","pageSize":20}',
  );
  await mkdir(path.join(dir, 'articles/2004/01'), { recursive: true });
  await writeFile(path.join(dir, 'articles/2004/01/hello.md'), '---\ntitle: Hello\n---\n');
}

const cases: { name: string; from: ImportOptions['from']; file: string; expected: RegExp[] }[] = [
  {
    name: 'a missing file',
    from: 'blogger',
    file: fixture('no-such-export.xml'),
    expected: [/no-such-export\.xml does not exist/],
  },
  {
    name: 'a file that is not XML',
    from: 'blogger',
    file: fixture('not-xml.xml'),
    expected: [/not-xml\.xml is not well-formed XML \(line 6, column 1\)/],
  },
  {
    name: 'XML that is neither format',
    from: 'wordpress',
    file: fixture('neither-format.xml'),
    expected: [
      /neither a Blogger export .* nor a WordPress export .*: it is an RSS feed without WordPress export data/,
    ],
  },
  {
    name: 'an export of the other format',
    from: 'wordpress',
    file: fixture('blogger-export.xml'),
    expected: [/is a Blogger export \(Atom\), not a WordPress export \(WXR\): use --from blogger/],
  },
  {
    name: 'Blogger posts without a date or with an impossible one (all reported)',
    from: 'blogger',
    file: fixture('blogger-missing-date.xml'),
    expected: [
      /^Blogger post "Xen Summit notes" \(tag:blogger\.com,1999:blog-\d+\.post-1002\) has no <published> date$/,
      /^Blogger post "VMworld Europe preview" .* unreadable date: <published>2008-02-30T09:00:00\.000-08:00/,
    ],
  },
  {
    name: 'a WordPress post without a date',
    from: 'wordpress',
    file: fixture('wordpress-missing-date.xml'),
    expected: [/^WordPress post "Parallels Desktop 4 review" \(ID 151\) has no readable date/],
  },
];

describe('bad input is reported and nothing is written', () => {
  for (const { name, from, file, expected } of cases) {
    it(`${name}: into a new folder`, async () => {
      await withTempDir(async (tmp) => {
        const contentDir = path.join(tmp, 'content');
        const problems = await problemsOf({ from, file, contentDir });
        expect(problems).toHaveLength(expected.length);
        expected.forEach((pattern, i) => expect(problems[i]).toMatch(pattern));
        expect(await readdir(tmp)).toEqual([]);
      });
    });

    it(`${name}: into an existing archive`, async () => {
      await withTempDir(async (contentDir) => {
        await seedExisting(contentDir);
        const before = await snapshot(contentDir);
        await expect(importBlog({ from, file, contentDir })).rejects.toThrow(ImportError);
        expect(await snapshot(contentDir)).toEqual(before);
      });
    });
  }

  it('a site.json that is not JSON or names an unknown time zone', async () => {
    await withTempDir(async (contentDir) => {
      await writeFile(path.join(contentDir, 'site.json'), '{ "title": ');
      const options = { from: 'blogger' as const, file: fixture('blogger-export.xml'), contentDir };
      expect((await problemsOf(options))[0]).toMatch(/site\.json is not valid JSON/);
      await writeFile(path.join(contentDir, 'site.json'), '{ "timeZone": "Mars/Olympus_Mons" }');
      expect((await problemsOf(options))[0]).toMatch(
        /site\.json has an unknown timeZone: "Mars\/Olympus_Mons"/,
      );
      expect(await listFiles(contentDir)).toEqual(['site.json']);
    });
  });

  it('a content folder that is a file', async () => {
    await withTempDir(async (tmp) => {
      const contentDir = path.join(tmp, 'content');
      await writeFile(contentDir, 'not a folder');
      const problems = await problemsOf({ from: 'blogger', file: fixture('blogger-export.xml'), contentDir });
      expect(problems).toEqual([`${contentDir} is a file, not a content folder`]);
      expect(await listFiles(tmp)).toEqual(['content']);
    });
  });

  it('a failed write removes the files written before it', async () => {
    await withTempDir(async (contentDir) => {
      // A folder where the import wants a file makes its write fail after others succeeded.
      await writeFile(path.join(contentDir, 'site.json'), '{"timeZone":"UTC"}');
      await mkdir(path.join(contentDir, 'articles/2010/11/한국의-클라우드-가상화.md'), { recursive: true });
      const before = await snapshot(contentDir);
      await expect(
        importBlog({ from: 'blogger', file: fixture('blogger-export.xml'), contentDir }),
      ).rejects.toThrow();
      expect(await snapshot(contentDir)).toEqual(before);
    });
  });
});
