import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { API_PREFIX, apiPaths } from '../../src/contract/api-paths';
import { FEED_FORMATS, PLACEHOLDER_SITE_URL, type FeedFormat } from '../../src/contract/feeds';
import { paths } from '../../src/contract/paths';
import type { Article } from '../../src/contract/schemas';
import type { ArchiveIndex } from '../archive-index';
import type { SiteConfig } from '../site-config';
import { renderFeeds } from './render-feeds';
import { readWrittenArticle } from './written-articles';

/** Articles per feed: enough for a reader that polls daily, small enough to fetch often. */
export const FEED_SIZE = 30;

export interface FeedStats {
  files: number;
  bytes: number;
}

/**
 * Writes Atom, RSS 2.0 and JSON Feed 1.1 for the whole site and for each label, with the full
 * sanitized HTML of their newest articles, read back from the article files already in `apiDir`.
 */
export async function writeFeeds(apiDir: string, index: ArchiveIndex, site: SiteConfig): Promise<FeedStats> {
  const siteUrl = site.url ?? PLACEHOLDER_SITE_URL;
  const stats: FeedStats = { files: 0, bytes: 0 };
  const read = new Map<number, Promise<Article>>();
  const articleAt = (position: number) => {
    let article = read.get(position);
    if (!article) read.set(position, (article = readWrittenArticle(apiDir, index.summaries[position]!.slug)));
    return article;
  };

  const write = async (
    pathOf: (format: FeedFormat) => string,
    feed: { title: string; description: string; pageUrl: string; positions: number[] },
  ) => {
    const feedUrls = Object.fromEntries(
      FEED_FORMATS.map((format) => [format, `${siteUrl}/${API_PREFIX}/${pathOf(format)}`]),
    ) as Record<FeedFormat, string>;
    const articles = await Promise.all(feed.positions.slice(0, FEED_SIZE).map(articleAt));
    const documents = renderFeeds({ ...feed, siteUrl, feedUrls, articles });
    for (const format of FEED_FORMATS) {
      const file = path.join(apiDir, pathOf(format));
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, documents[format]);
      stats.files++;
      stats.bytes += Buffer.byteLength(documents[format]);
    }
  };

  await write(apiPaths.siteFeed, {
    title: site.title,
    description: site.description,
    pageUrl: siteUrl + paths.feed(),
    positions: Array.from({ length: Math.min(FEED_SIZE, index.summaries.length) }, (_, position) => position),
  });
  for (const label of index.labels) {
    await write((format) => apiPaths.labelFeed(label.slug, format), {
      title: `${site.title}: ${label.name}`,
      description: `Articles labelled ${label.name}`,
      pageUrl: siteUrl + paths.label(label.slug),
      positions: label.positions,
    });
  }
  return stats;
}
