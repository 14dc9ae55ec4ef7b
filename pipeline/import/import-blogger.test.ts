import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { slugify } from '../../src/contract/slug';
import { importBlog, type ImportSummary } from './import-blog';
import { fixture, listFiles, readArticle, withTempDir, type WrittenArticle } from './test-support';

describe('importing the Blogger export', () => {
  let summary: ImportSummary;
  let files: string[];
  let articles: Record<string, WrittenArticle>;
  let siteJson: unknown;

  beforeAll(async () => {
    await withTempDir(async (dir) => {
      summary = await importBlog({ from: 'blogger', file: fixture('blogger-export.xml'), contentDir: dir });
      files = await listFiles(dir);
      articles = {};
      for (const file of files.filter((f) => f.endsWith('.md')))
        articles[file] = await readArticle(dir, file);
      siteJson = JSON.parse(await readFile(path.join(dir, 'site.json'), 'utf8'));
    });
  });

  const article = (file: string) => {
    const found = articles[file];
    if (!found) throw new Error(`${file} was not written; written: ${files.join(', ')}`);
    return found;
  };

  it('writes one file per published post, under the month of its date in UTC', () => {
    expect(files).toEqual([
      'articles/2005/11/intel-vt-arrives-in-desktop-chips.md',
      'articles/2005/12/xen-30-ships-with-support-for-intel-vt.md',
      'articles/2007/01/virtualbox-goes-open-source.md',
      'articles/2007/08/citrix-xensource-500-million-bet.md',
      // 2008-06-30T22:10-07:00 is already July in UTC.
      'articles/2008/07/hyper-v-released-first-impressions.md',
      'articles/2008/09/red-hat-adopts-kvm.md',
      'articles/2009/03/виртуализация-в-россии-обзор-рынка.md',
      'articles/2009/05/2009-05-21-4455667788008.md',
      'articles/2009/06/weekly-links.md',
      'articles/2009/07/weekly-links-2.md',
      'articles/2010/11/한국의-클라우드-가상화.md',
      'site.json',
    ]);
  });

  it('counts what it skipped: drafts, comments, pages and the rest (template, settings)', () => {
    expect(summary.imported).toBe(11);
    expect(summary.skipped).toEqual({ drafts: 1, comments: 3, pages: 1, other: 3 });
  });

  it('creates a minimal site.json from the blog', () => {
    expect(siteJson).toEqual({
      title: 'Virtualization News Weekly',
      description: 'Notes on hypervisors, clouds and the companies behind them',
      timeZone: 'UTC',
      pageSize: 20,
    });
  });

  it('writes our front matter, keeping the date offset and using the Blogger slug, with the old path as alias', () => {
    expect(article('articles/2008/09/red-hat-adopts-kvm.md').data).toEqual({
      title: 'Red Hat bets its virtualization future on KVM',
      published: '2008-09-04T09:15:00-07:00',
      updated: '2008-09-04T11:02:37.412-07:00',
      author: 'Dana Whitfield',
      labels: ['KVM', 'Red Hat, Inc.', 'Linux'],
      slug: 'red-hat-adopts-kvm',
      format: 'html',
      aliases: ['/2008/09/red-hat-adopts-kvm.html'],
    });
    expect(slugify('Red Hat bets its virtualization future on KVM')).not.toBe('red-hat-adopts-kvm');
  });

  it('keeps positive offsets and the post author', () => {
    const { data } = article('articles/2005/12/xen-30-ships-with-support-for-intel-vt.md');
    expect(data.published).toBe('2005-12-05T18:40:00+01:00');
    expect(data.author).toBe('Jonas Berg');
    expect(data).not.toHaveProperty('updated');
  });

  it('keeps labels with punctuation as they are', () => {
    expect(article('articles/2007/01/virtualbox-goes-open-source.md').data.labels).toEqual([
      'VirtualBox',
      'C++',
      'Open source',
    ]);
  });

  it('writes an empty label list for a post without labels', () => {
    expect(article('articles/2005/11/intel-vt-arrives-in-desktop-chips.md').data.labels).toEqual([]);
  });

  it('decodes entities in titles and keeps quotes and colons intact through YAML', () => {
    const { data, body } = article('articles/2007/08/citrix-xensource-500-million-bet.md');
    expect(data.title).toBe('Citrix & XenSource: a "$500 million" bet');
    expect(body).toContain('$500 million &amp; bring');
  });

  it('keeps Cyrillic, Korean and Greek text, with readable slugs instead of Blogger’s blog-post_NN', () => {
    const russian = article('articles/2009/03/виртуализация-в-россии-обзор-рынка.md').data;
    expect(russian).toMatchObject({
      title: 'Виртуализация в России: обзор рынка',
      slug: 'виртуализация-в-россии-обзор-рынка',
      author: 'Ольга Петрова',
      labels: ['Виртуализация', 'KVM'],
      published: '2009-03-12T10:00:00+03:00',
      aliases: ['/2009/03/blog-post.html'],
    });
    const korean = article('articles/2010/11/한국의-클라우드-가상화.md').data;
    expect(korean).toMatchObject({
      title: '한국의 클라우드 가상화',
      slug: '한국의-클라우드-가상화',
      labels: ['가상화', 'Εικονικοποίηση'],
      published: '2010-11-02T09:30:00+09:00',
      aliases: ['/2010/11/blog-post_02.html'],
    });
  });

  it('gives an untitled post a title from its first words and a slug from its date and id', () => {
    const { data } = article('articles/2009/05/2009-05-21-4455667788008.md');
    expect(data.title).toBe('Quick note from the road: vSphere 4 is generally available…');
    expect(data.slug).toBe('2009-05-21-4455667788008');
    expect(data.aliases).toEqual(['/2009/05/blog-post_21.html']);
  });

  it('gives the second post with the same slug a -2 suffix, each with its own old path', () => {
    expect(article('articles/2009/06/weekly-links.md').data).toMatchObject({
      slug: 'weekly-links',
      aliases: ['/2009/06/weekly-links.html'],
    });
    expect(article('articles/2009/07/weekly-links-2.md').data).toMatchObject({
      slug: 'weekly-links-2',
      aliases: ['/2009/07/weekly-links.html'],
    });
  });

  it('removes scripts, iframes, event handlers and javascript: links from bodies', () => {
    const { body } = article('articles/2008/09/red-hat-adopts-kvm.md');
    expect(body).not.toMatch(/<script|<iframe|onclick|javascript:|tracker\.example|document\.write/i);
    expect(body).toContain('<a href="http://www.qumranet.com/">Qumranet</a>');
    expect(body).toContain("<p>The purchase also brings SolidICE, Qumranet's desktop product");
    // The embedded player is now a link to it.
    expect(body).toContain('<a href="http://www.youtube.com/embed/kvm-demo">');
  });

  it('keeps Blogger’s <br /> bodies as HTML', () => {
    const { body } = article('articles/2005/12/xen-30-ships-with-support-for-intel-vt.md');
    expect(body).toMatch(/^Xen 3\.0 is out\.<br \/><br \/>The release/);
  });

  it('skips drafts, comments and pages', () => {
    const titles = Object.values(articles).map((a) => a.data.title);
    expect(titles).not.toContain('Draft: notes on vSphere pricing');
    expect(titles).not.toContain('About this blog');
    expect(Object.values(articles).some((a) => a.body.includes('What happens to Xen'))).toBe(false);
  });
});

describe('importing a Blogger export in the 2018 (Takeout) schema', () => {
  it('reads blogger:type, blogger:status and blogger:filename', async () => {
    await withTempDir(async (dir) => {
      const summary = await importBlog({
        from: 'blogger',
        file: fixture('blogger-takeout.atom'),
        contentDir: dir,
      });
      expect(summary.skipped).toEqual({ drafts: 1, comments: 1, pages: 1, other: 1 });
      expect(await listFiles(dir)).toEqual(['articles/2009/11/view-4-pcoip.md', 'site.json']);
      const { data, body } = await readArticle(dir, 'articles/2009/11/view-4-pcoip.md');
      expect(data).toEqual({
        title: 'VMware View 4 brings PCoIP',
        published: '2009-11-17T16:00:00Z',
        updated: '2009-11-17T16:20:00Z',
        author: 'Priya Raman',
        labels: ['VDI', 'VMware'],
        slug: 'view-4-pcoip',
        format: 'html',
        aliases: ['/2009/11/view-4-pcoip.html'],
      });
      expect(body.trim()).toBe('<p>View 4 adds the PCoIP display protocol from Teradici.</p>');
    });
  });
});
