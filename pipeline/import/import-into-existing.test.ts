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

  it('keeps an old path for the first article that claims it when two blogs share it', async () => {
    await withTempDir(async (dir) => {
      await importBlog({ from: 'wordpress', file: fixture('wordpress-export.xml'), contentDir: dir });
      // A second blog whose post 101 is another post, at another permalink.
      const other = (await readFile(fixture('wordpress-export.xml'), 'utf8'))
        .replaceAll('vsphere-4-ships', 'vsphere-4-launch')
        .replace('vSphere 4 ships, and', 'vSphere 4 launches, and');
      await writeFile(path.join(dir, 'other-blog.xml'), other);
      const summary = await importBlog({
        from: 'wordpress',
        file: path.join(dir, 'other-blog.xml'),
        contentDir: dir,
      });
      expect(summary).toMatchObject({ imported: 1, alreadyImported: 4 });
      expect(summary.warnings).toContain(
        '"vSphere 4 launches, and the “cloud OS” pitch begins": "/?p=101" already leads to another article; not kept as an alias',
      );
      const { data } = await readArticle(dir, 'articles/2009/05/vsphere-4-launch.md');
      expect(data.aliases).toEqual(['/2009/05/21/vsphere-4-launch/']);
    });
  });
});

describe('export encodings', () => {
  it('reads an export in the encoding its XML declaration names', async () => {
    await withTempDir(async (dir) => {
      const xml = (await readFile(fixture('wordpress-export.xml'), 'utf8'))
        .replace('encoding="UTF-8"', 'encoding="ISO-8859-1"')
        .replace('Red Hat opens SPICE, Q&amp;A inside', 'Virtualização na Red Hat')
        .replace(/[^\t\n\r\u0020-\u00ff]/g, '?');
      await writeFile(path.join(dir, 'latin1.xml'), Buffer.from(xml, 'latin1'));
      await importBlog({
        from: 'wordpress',
        file: path.join(dir, 'latin1.xml'),
        contentDir: path.join(dir, 'c'),
      });
      const { data } = await readArticle(path.join(dir, 'c'), 'articles/2009/12/red-hat-opens-spice.md');
      expect(data.title).toBe('Virtualização na Red Hat');
    });
  });
});
