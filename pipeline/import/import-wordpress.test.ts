import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importBlog, type ImportSummary } from './import-blog';
import { fixture, listFiles, readArticle, withTempDir, type WrittenArticle } from './test-support';

describe('importing the WordPress export', () => {
  let summary: ImportSummary;
  let files: string[];
  let articles: Record<string, WrittenArticle>;
  let siteJson: unknown;

  beforeAll(async () => {
    await withTempDir(async (dir) => {
      summary = await importBlog({
        from: 'wordpress',
        file: fixture('wordpress-export.xml'),
        contentDir: dir,
      });
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

  it('writes published posts only', () => {
    expect(files).toEqual([
      'articles/2009/05/vsphere-4-ships.md',
      'articles/2009/12/red-hat-opens-spice.md',
      // 2010-04-08 00:30 in Athens is still 7 April in UTC.
      'articles/2010/04/το-xen-4-dot-0-κυκλοφορησε.md',
      'articles/2010/07/проект-openstack-объявлен.md',
      'articles/2010/12/xendesktop-5-at-a-glance.md',
      'site.json',
    ]);
  });

  it('counts drafts (draft, pending), comments, pages and the rest (private, password, attachment, menu)', () => {
    expect(summary.imported).toBe(5);
    expect(summary.skipped).toEqual({ drafts: 2, comments: 3, pages: 1, other: 4 });
    expect(summary.warnings).toEqual(['skipped password-protected post "Members only: VDI cost model"']);
  });

  it('creates a minimal site.json from the channel', () => {
    expect(siteJson).toEqual({
      title: 'Hypervisor Notes',
      description: 'Short takes on servers, desktops and clouds that run on virtual hardware',
      timeZone: 'UTC',
      pageSize: 20,
    });
  });

  it('derives the offset from post_date and post_date_gmt, and names the author', () => {
    expect(article('articles/2009/05/vsphere-4-ships.md').data).toEqual({
      title: 'vSphere 4 ships, and the “cloud OS” pitch begins',
      published: '2009-05-21T09:00:00-07:00',
      updated: '2009-05-22T10:30:00-07:00',
      author: 'Mara Lindqvist',
      labels: ['VMware', 'vSphere'],
      slug: 'vsphere-4-ships',
      format: 'html',
      aliases: ['/2009/05/21/vsphere-4-ships/', '/?p=101'],
    });
  });

  it('keeps offsets with half hours, east of UTC and zero', () => {
    expect(article('articles/2010/12/xendesktop-5-at-a-glance.md').data.published).toBe(
      '2010-12-15T11:00:00+05:30',
    );
    expect(article('articles/2010/07/проект-openstack-объявлен.md').data.published).toBe(
      '2010-07-19T18:00:00+04:00',
    );
    expect(article('articles/2009/12/red-hat-opens-spice.md').data.published).toBe('2009-12-09T23:50:00Z');
  });

  it('turns categories and tags into labels, decoding entities and keeping punctuation', () => {
    const { data } = article('articles/2009/12/red-hat-opens-spice.md');
    expect(data.title).toBe('Red Hat opens SPICE, Q&A inside');
    // post_format is not a label.
    expect(data.labels).toEqual(['Red Hat, Inc.', 'C++', 'R&D']);
  });

  it('writes an empty label list for a post without categories or tags', () => {
    expect(article('articles/2010/12/xendesktop-5-at-a-glance.md').data.labels).toEqual([]);
  });

  it('keeps Cyrillic and Greek text; a percent-encoded post_name becomes a readable slug and alias', () => {
    expect(article('articles/2010/07/проект-openstack-объявлен.md').data).toMatchObject({
      title: 'Проект OpenStack объявлен',
      slug: 'проект-openstack-объявлен',
      author: 'Екатерина Смирнова',
      labels: ['OpenStack', 'Облако'],
      aliases: ['/2010/07/19/проект-openstack-объявлен/', '/?p=215'],
    });
    // No post_name and a ?p= link: the slug comes from the title.
    expect(article('articles/2010/04/το-xen-4-dot-0-κυκλοφορησε.md').data).toMatchObject({
      title: 'Το Xen 4.0 κυκλοφόρησε',
      slug: 'το-xen-4-dot-0-κυκλοφορησε',
      labels: ['Xen', 'Εικονικοποίηση'],
      published: '2010-04-08T00:30:00+03:00',
      aliases: ['/?p=230'],
    });
  });

  it('adds paragraphs to classic-editor bodies, expands [caption] and leaves <pre> alone', () => {
    const { body } = article('articles/2009/05/vsphere-4-ships.md');
    expect(body).toContain('<p>VMware made vSphere 4 generally available today.');
    expect(body).toContain('<figcaption>The new vSphere client</figcaption>');
    expect(body).toContain('<p>Highlights:</p>');
    expect(body).toContain('<p>Pricing starts with the Essentials bundles<br />\nfor small offices.</p>');
    expect(body).toContain('<pre>esxcfg-vswitch -l\n\nesxcfg-nics -l</pre>');
    expect(body).not.toContain('[caption');
  });

  it('removes scripts, iframes, event handlers and javascript: links from bodies', () => {
    const vsphere = article('articles/2009/05/vsphere-4-ships.md').body;
    expect(vsphere).not.toMatch(/<script|_gaq/);
    const xendesktop = article('articles/2010/12/xendesktop-5-at-a-glance.md').body;
    expect(xendesktop).not.toMatch(/<iframe|onmouseover|javascript:|evil\.example|<!--/i);
    expect(xendesktop).toContain(
      '<a href="https://www.youtube.com/embed/xd5demo?feature=oembed">XenDesktop 5 demo</a>',
    );
    expect(xendesktop).toContain('Try the <a>free trial</a>');
  });
});
