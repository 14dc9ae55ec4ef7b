import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBlog } from './import-blog';
import { fixture, listFiles, readArticle, withTempDir } from './test-support';

const EXISTING_ARTICLE = `---
title: "Red Hat buys Qumranet"
published: "2008-09-04T12:00:00Z"
author: "Sample Author"
labels: ["red hat, inc.", "KVM"]
---

Already in the archive.
`;

async function seed(dir: string, site: object) {
  await writeFile(path.join(dir, 'site.json'), JSON.stringify(site));
  await mkdir(path.join(dir, 'articles/2008/09'), { recursive: true });
  await writeFile(path.join(dir, 'articles/2008/09/red-hat-adopts-kvm.md'), EXISTING_ARTICLE);
}

describe('importing into a content folder that already has articles', () => {
  it('files posts by the month in the site’s time zone and keeps site.json as it is', async () => {
    await withTempDir(async (dir) => {
      const site = { title: 'Archive', description: '', timeZone: 'America/Los_Angeles', pageSize: 10 };
      await seed(dir, site);
      const summary = await importBlog({
        from: 'blogger',
        file: fixture('blogger-export.xml'),
        contentDir: dir,
      });
      expect(summary.files).not.toContain('site.json');
      expect(JSON.parse(await readFile(path.join(dir, 'site.json'), 'utf8'))).toEqual(site);
      const files = await listFiles(dir);
      // 2008-06-30T22:10-07:00 is June in Los Angeles.
      expect(files).toContain('articles/2008/06/hyper-v-released-first-impressions.md');
      // 2005-11-14T23:30-08:00 stays in November.
      expect(files).toContain('articles/2005/11/intel-vt-arrives-in-desktop-chips.md');
    });
  });

  it('never overwrites an article: a taken slug gets -2', async () => {
    await withTempDir(async (dir) => {
      await seed(dir, { title: 'Archive', description: '', timeZone: 'UTC', pageSize: 20 });
      await importBlog({ from: 'blogger', file: fixture('blogger-export.xml'), contentDir: dir });
      expect(await readFile(path.join(dir, 'articles/2008/09/red-hat-adopts-kvm.md'), 'utf8')).toBe(
        EXISTING_ARTICLE,
      );
      const { data } = await readArticle(dir, 'articles/2008/09/red-hat-adopts-kvm-2.md');
      expect(data.slug).toBe('red-hat-adopts-kvm-2');
      expect(data.aliases).toEqual(['/2008/09/red-hat-adopts-kvm.html']);
    });
  });

  it('spells a label the way the archive already does when both make the same slug', async () => {
    await withTempDir(async (dir) => {
      await seed(dir, { title: 'Archive', description: '', timeZone: 'UTC', pageSize: 20 });
      await importBlog({ from: 'blogger', file: fixture('blogger-export.xml'), contentDir: dir });
      const { data } = await readArticle(dir, 'articles/2008/09/red-hat-adopts-kvm-2.md');
      expect(data.labels).toEqual(['KVM', 'red hat, inc.', 'Linux']);
    });
  });

  it('leaves posts that an earlier import brought in, so running it twice adds nothing', async () => {
    await withTempDir(async (dir) => {
      await importBlog({ from: 'wordpress', file: fixture('wordpress-export.xml'), contentDir: dir });
      const before = await listFiles(dir);
      const again = await importBlog({
        from: 'wordpress',
        file: fixture('wordpress-export.xml'),
        contentDir: dir,
      });
      expect(again).toMatchObject({ imported: 0, alreadyImported: 5, files: [] });
      expect(await listFiles(dir)).toEqual(before);
    });
  });
});
