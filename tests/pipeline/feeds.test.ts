import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildApi } from '../../pipeline/build-api';
import { FEED_SIZE } from '../../pipeline/feeds/write-feeds';
import { apiPaths } from '../../src/contract/api-paths';
import { PLACEHOLDER_SITE_URL } from '../../src/contract/feeds';
import { paths } from '../../src/contract/paths';
import { articleFile, dailyArticles, readJson, writeContent } from './helpers';

const SITE_URL = 'https://news.example.com/archive';
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const RFC_822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

const HOSTILE_TITLE = '<script>alert("title")</script> AT&T ]]> "quoted"';
const hostileBody = readFileSync(path.resolve(import.meta.dirname, '../fixtures/pipeline/hostile.md'), 'utf8')
  .split('\n---\n')
  .slice(1)
  .join('\n---\n');

/** Builds without the search index (search-index.test.ts covers it), which keeps these tests quick. */
async function buildOk(contentDir: string) {
  const outDir = path.join(contentDir, 'out');
  const result = await buildApi({ contentDir, outDir, workers: 0, search: false });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return { outDir, read: <T>(file: string) => readJson<T>(outDir, file) };
}

function withSiteUrl(dir: string, url: string | undefined): string {
  const file = path.join(dir, 'site.json');
  const site = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  writeFileSync(file, JSON.stringify({ ...site, url }));
  return dir;
}

async function buildFeeds(url: string | undefined = SITE_URL) {
  const content = writeContent({
    ...dailyArticles(FEED_SIZE + 5, (i) => (i % 2 === 0 ? ['KVM'] : ['Xen'])),
    'hostile.md': articleFile(
      {
        title: HOSTILE_TITLE,
        published: '2009-01-01T10:00:00+01:00',
        updated: '2009-01-02T08:30:00-05:00',
        labels: ['KVM', 'Tom & Jerry <b>'],
        summary: 'A summary with <tags> & ]]> in it.\u0001',
      },
      hostileBody,
    ),
  });
  const built = await buildOk(withSiteUrl(content, url));
  const text = (file: string) => readFileSync(path.join(built.outDir, file), 'utf8');
  return { ...built, text };
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

function parseXml(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml) as Record<string, Record<string, unknown>>;
}

type HtmlNode = { '#text': string; '@type': 'html' };
type AtomEntry = {
  title: HtmlNode;
  id: string;
  link: { '@href': string };
  updated: string;
  published: string;
  content: HtmlNode;
  summary?: HtmlNode;
  category?: { '@term': string; '@label': string }[] | { '@term': string; '@label': string };
};
type RssItem = {
  title: string;
  link: string;
  guid: { '#text': string };
  pubDate: string;
  'content:encoded': string;
};
type JsonFeed = {
  version: string;
  title: string;
  home_page_url: string;
  feed_url: string;
  items: { id: string; url: string; title: string; content_html: string; date_published: string }[];
};

const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

function expectSafeHtml(html: string) {
  expect(html).not.toMatch(/<script|<iframe|<object|<embed|<form|<style/i);
  expect(html).not.toMatch(/\son\w+\s*=/i);
  expect(html).not.toMatch(/javascript:/i);
}

describe('feeds', () => {
  it('writes a well-formed Atom feed of the newest articles, with RFC 3339 dates and canonical links', async () => {
    const { text } = await buildFeeds();
    const { feed } = parseXml(text(apiPaths.siteFeed('atom')));
    const entries = asArray(feed!.entry as AtomEntry[]);
    expect(entries).toHaveLength(FEED_SIZE);
    expect(feed!.id).toBe(`${SITE_URL}/`);
    // The newest change of any article, never the time of the build.
    expect(feed!.updated).toBe('2009-01-02T13:30:00.000Z');
    const self = asArray(feed!.link as { '@rel': string; '@href': string }[]).find(
      (l) => l['@rel'] === 'self',
    );
    expect(self?.['@href']).toBe(`${SITE_URL}/api/v1/feeds/atom.xml`);
    for (const entry of entries) {
      expect(entry.updated).toMatch(RFC_3339);
      expect(entry.published).toMatch(RFC_3339);
      expect(entry.link['@href']).toMatch(new RegExp(`^${SITE_URL}/\\d{4}/\\d{2}/[^/]+$`));
      expect(entry.id).toBe(entry.link['@href']);
    }
    // Newest first: the hostile article (2009) then the daily ones, newest of them first.
    expect(entries[1]!.link['@href']).toBe(SITE_URL + paths.article({ slug: 'a035', month: '2008-02' }));
    expect(entries[0]!.published).toBe('2009-01-01T09:00:00.000Z');
  });

  it('writes RSS 2.0 with RFC 822 dates and permalink guids', async () => {
    const { text } = await buildFeeds();
    const { rss } = parseXml(text(apiPaths.siteFeed('rss')));
    expect(rss!['@version']).toBe('2.0');
    const channel = rss!.channel as Record<string, unknown>;
    expect(channel.lastBuildDate).toMatch(RFC_822);
    expect(channel.lastBuildDate).toBe('Fri, 02 Jan 2009 13:30:00 GMT');
    const items = asArray(channel.item as RssItem[]);
    expect(items).toHaveLength(FEED_SIZE);
    for (const item of items) {
      expect(item.pubDate).toMatch(RFC_822);
      expect(item.link).toMatch(new RegExp(`^${SITE_URL}/\\d{4}/\\d{2}/[^/]+$`));
      expect(item.guid['#text']).toBe(item.link);
    }
  });

  it('writes JSON Feed 1.1 with its required fields', async () => {
    const { text } = await buildFeeds();
    const feed = JSON.parse(text(apiPaths.siteFeed('json'))) as JsonFeed;
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBe('Test archive');
    expect(feed.home_page_url).toBe(`${SITE_URL}/`);
    expect(feed.feed_url).toBe(`${SITE_URL}/api/v1/feeds/feed.json`);
    expect(feed.items).toHaveLength(FEED_SIZE);
    for (const item of feed.items) {
      expect(item.id).toEqual(expect.any(String));
      expect(item.content_html).toEqual(expect.any(String));
      expect(item.url).toBe(item.id);
      expect(item.date_published).toMatch(RFC_3339);
    }
    expect(feed.items[0]).toMatchObject({
      title: HOSTILE_TITLE,
      authors: [{ name: 'Ann Author' }],
      tags: ['KVM', 'Tom & Jerry <b>'],
    });
  });

  it('keeps hostile titles escaped and bodies sanitized in every format', async () => {
    const { text } = await buildFeeds();
    const atom = asArray(parseXml(text(apiPaths.siteFeed('atom'))).feed!.entry as AtomEntry[])[0]!;
    // type="html": the title is HTML whose text is the plain title, so a reader shows it, never runs it.
    expect(atom.title['#text']).toBe(
      '&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; AT&amp;T ]]&gt; &quot;quoted&quot;',
    );
    expect(atom.summary?.['#text']).toBe('A summary with &lt;tags&gt; &amp; ]]&gt; in it.');
    expectSafeHtml(atom.content['#text']);
    expect(atom.content['#text']).toContain('An ordinary paragraph');
    // Root-relative links become absolute: the feed is read away from the site.
    expect(atom.content['#text']).toContain(`href="${SITE_URL}/2008/06/other"`);
    expect(asArray(atom.category).map((c) => [c['@term'], c['@label']])).toEqual([
      ['kvm', 'KVM'],
      ['tom-and-jerry-b', 'Tom & Jerry \uff1cb>'],
    ]);

    const rss = asArray(
      (parseXml(text(apiPaths.siteFeed('rss'))).rss!.channel as { item: RssItem[] }).item,
    )[0]!;
    expect(rss.title).not.toContain('<script');
    expectSafeHtml(rss['content:encoded']);

    const json = (JSON.parse(text(apiPaths.siteFeed('json'))) as JsonFeed).items[0]!;
    expectSafeHtml(json.content_html);
  });

  it('writes each label its own feeds, with only its articles', async () => {
    const { text, read } = await buildFeeds();
    const { labels } = read<{ labels: { slug: string; count: number }[] }>(apiPaths.labels());
    expect(labels.map((l) => l.slug)).toEqual(['kvm', 'tom-and-jerry-b', 'xen']);
    for (const label of labels) {
      const { feed } = parseXml(text(apiPaths.labelFeed(label.slug, 'atom')));
      const entries = asArray(feed!.entry as AtomEntry[]);
      expect(entries).toHaveLength(Math.min(FEED_SIZE, label.count));
      for (const entry of entries) {
        expect(asArray(entry.category).map((c) => c['@term'])).toContain(label.slug);
      }
      expect(feed!.id).toBe(SITE_URL + paths.label(label.slug));
      const rss = parseXml(text(apiPaths.labelFeed(label.slug, 'rss')));
      expect(asArray((rss.rss!.channel as { item: RssItem[] }).item)).toHaveLength(entries.length);
      const json = JSON.parse(text(apiPaths.labelFeed(label.slug, 'json'))) as JsonFeed;
      expect(json.items.map((i) => i.id)).toEqual(entries.map((e) => e.id));
    }
  });

  it('uses a placeholder address when site.json has no url, and writes empty feeds for an empty archive', async () => {
    const content = withSiteUrl(writeContent({}), undefined);
    const { outDir } = await buildOk(content);
    const atom = readFileSync(path.join(outDir, apiPaths.siteFeed('atom')), 'utf8');
    const { feed } = parseXml(atom);
    expect(feed!.id).toBe(`${PLACEHOLDER_SITE_URL}/`);
    expect(feed!.updated).toBe('1970-01-01T00:00:00.000Z');
    expect(feed!.entry).toBeUndefined();
    const json = JSON.parse(readFileSync(path.join(outDir, apiPaths.siteFeed('json')), 'utf8')) as JsonFeed;
    expect(json.items).toEqual([]);
  });
});
