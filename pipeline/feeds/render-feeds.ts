import { Feed, type Item } from 'feed';
import type { FeedFormat } from '../../src/contract/feeds';
import { paths } from '../../src/contract/paths';
import type { Article } from '../../src/contract/schemas';
import { absoluteLinks, cdataSafe, escapeHtml, xmlSafe } from './xml-text';

/** One feed, in every format: the site's newest articles, or a label's. */
export interface FeedSource {
  title: string;
  description: string;
  /** The site's address without a trailing slash; every link in a feed is absolute. */
  siteUrl: string;
  /** The reader page the feed follows (the home page, a label page), absolute. */
  pageUrl: string;
  /** Each format's own absolute URL. */
  feedUrls: Record<FeedFormat, string>;
  /** Newest first. */
  articles: Article[];
}

const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';
const LANGUAGE = 'en';

/** The newest change among the articles, so the same content always gives the same feed. */
function lastUpdated(articles: Article[]): Date {
  const times = articles.map((a) => Date.parse(a.updated ?? a.published));
  return new Date(times.length > 0 ? Math.max(...times) : 0);
}

/**
 * Atom and RSS put titles, summaries and content in CDATA as HTML, so plain text is escaped
 * as HTML and the already sanitized body is kept as it is; JSON Feed takes plain text as is.
 */
function itemOf(article: Article, siteUrl: string, xml: boolean): Item {
  const url = siteUrl + paths.article(article);
  const text = xml ? escapeHtml : (s: string) => s;
  const html = absoluteLinks(article.html, siteUrl);
  return {
    // Atom falls back to the link for its id, and RSS then marks its guid as the permalink.
    ...(!xml && { id: url }),
    link: url,
    title: text(article.title),
    date: new Date(article.updated ?? article.published),
    published: new Date(article.published),
    ...(article.summary && { description: text(article.summary) }),
    content: xml ? cdataSafe(html) : html,
    author: [{ name: xml ? xmlSafe(article.author) : article.author }],
    category: article.labels.map((label) => ({
      // The library escapes only `&` and `"` in attributes, where a `<` would break the XML.
      name: xml ? xmlSafe(label.name).replace(/</g, '\uff1c') : label.name,
      term: label.slug,
      scheme: `${siteUrl}${paths.labels()}`,
      domain: `${siteUrl}${paths.labels()}`,
    })),
  };
}

function feedOf(source: FeedSource, xml: boolean): Feed {
  const text = xml ? xmlSafe : (s: string) => s;
  const feed = new Feed({
    id: source.pageUrl,
    title: text(source.title),
    description: text(source.description),
    link: source.pageUrl,
    language: LANGUAGE,
    updated: lastUpdated(source.articles),
    generator: 'Hyperread',
    feedLinks: source.feedUrls,
  });
  for (const article of source.articles) feed.addItem(itemOf(article, source.siteUrl, xml));
  return feed;
}

/** The library writes JSON Feed 1.0 with `author`; 1.1 names the version and has `authors` and `language`. */
function jsonFeed11(json: string): string {
  type Item = { author?: unknown; [key: string]: unknown };
  const feed = JSON.parse(json) as { version: string; language?: string; items: Item[] };
  feed.version = JSON_FEED_VERSION;
  feed.language = LANGUAGE;
  feed.items = feed.items.map(({ author, ...item }) => ({
    ...item,
    ...(author !== undefined && { authors: [author] }),
  }));
  return JSON.stringify(feed);
}

export function renderFeeds(source: FeedSource): Record<FeedFormat, string> {
  const xml = feedOf(source, true);
  return { atom: xml.atom1(), rss: xml.rss2(), json: jsonFeed11(feedOf(source, false).json1()) };
}
