import { availableParallelism } from 'node:os';
import path from 'node:path';
import { indexArchive } from './archive-index';
import { placeArticles, serializeSummaries } from './article-json';
import type { ArticleStore } from './article-store';
import { InlineArticleStore } from './article-store';
import { writeFeeds } from './feeds/write-feeds';
import { JsonWriter } from './json-writer';
import { writeListDocuments } from './list-documents';
import { createStagingFolder, discard, swapIn } from './output-folder';
import type { Problem } from './problems';
import { compareProblems } from './problems';
import { collectRedirects } from './redirects';
import { computeRelated, RELATED_MAX } from './related';
import type { ArticleMeta } from './render-article';
import { buildSearchIndex, type SearchIndexStats } from './search/build-search-index';
import { readSiteConfig } from './site-config';
import { findArticleFiles } from './source-files';
import { WorkerArticleStore } from './worker-article-store';

export interface BuildOptions {
  /** Holds `site.json` and `articles/**\/*.md`. */
  contentDir: string;
  /** Receives the API (replaced whole, and only when the build succeeds). */
  outDir: string;
  /** Worker threads for rendering; by default none for small archives, else up to 2. */
  workers?: number;
  /** Also build the search index (Pagefind) into `search/`; on unless turned off. */
  search?: boolean;
}

export interface BuildStats {
  articles: number;
  labels: number;
  months: number;
  files: number;
  bytes: number;
  ms: number;
  /** Wall time of each step, in ms, in the order they ran. */
  steps: Record<BuildStep, number>;
  /** The search index, when one was built (its files are counted in `files` and `bytes` too). */
  search?: SearchIndexStats;
}

export type BuildStep = 'render' | 'index' | 'write' | 'feeds' | 'search';

export type BuildResult = { ok: true; stats: BuildStats } | { ok: false; problems: Problem[] };

/** Below this many articles, starting workers costs more than it saves. */
const WORKER_THRESHOLD = 1000;

function defaultWorkers(articleCount: number): number {
  return articleCount < WORKER_THRESHOLD ? 0 : Math.min(2, availableParallelism());
}

const failed = (problems: Problem[]): BuildResult => ({
  ok: false,
  problems: problems.sort(compareProblems),
});

/** Reads a content folder, checks it, and writes its static JSON API; on any problem, writes nothing. */
export async function buildApi({
  contentDir,
  outDir,
  workers,
  search = true,
}: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const steps: Record<BuildStep, number> = { render: 0, index: 0, write: 0, feeds: 0, search: 0 };
  let stepStarted = started;
  const stepDone = (step: BuildStep) => {
    const now = performance.now();
    steps[step] = Math.round(now - stepStarted);
    stepStarted = now;
  };
  const site = readSiteConfig(path.join(contentDir, 'site.json'));
  const files = findArticleFiles(path.join(contentDir, 'articles'));
  // Without a valid site.json, the articles are still checked (with UTC months) so that one run reports all.
  const timeZone = site.ok ? site.value.timeZone : 'UTC';
  const workerCount = workers ?? defaultWorkers(files.length);
  const store: ArticleStore =
    workerCount > 0 ? new WorkerArticleStore(timeZone, workerCount) : new InlineArticleStore(timeZone);
  try {
    const outcomes = await store.render(files);
    stepDone('render');
    const problems = [
      ...(site.ok ? [] : site.problems),
      ...outcomes.flatMap((o) => (o.ok ? [] : o.problems)),
    ];
    if (!site.ok || problems.length > 0) return failed(problems);
    const metas = outcomes.map((o) => (o as { meta: ArticleMeta }).meta);

    const index = indexArchive(metas);
    const redirects = collectRedirects(metas);
    if (!index.ok || !redirects.ok) {
      return failed([...(index.ok ? [] : index.problems), ...(redirects.ok ? [] : redirects.problems)]);
    }
    const { articles, summaries, labels, labelIds } = index.value;
    const related = computeRelated({
      times: Float64Array.from(articles, (a) => a.publishedMs),
      labelIds,
      labelPositions: labels.map((l) => l.positions),
    });
    const positionOf = new Map(articles.map((meta, position) => [meta, position]));
    const positionOfFile = Int32Array.from(metas, (meta) => positionOf.get(meta)!);
    // From here on the summaries stand for the articles: letting the metadata go keeps a large
    // archive's peak memory down (the heap grows to a multiple of what it holds before collecting).
    positionOf.clear();
    for (const list of [outcomes, metas, articles]) list.length = 0;
    const summaryJson = serializeSummaries(summaries);
    const place = placeArticles(summaries, summaryJson, (position) =>
      [...related.subarray(position * RELATED_MAX, (position + 1) * RELATED_MAX)].filter((p) => p >= 0),
    );
    const placementOf = (fileIndex: number) => place(positionOfFile[fileIndex]!);

    stepDone('index');
    const staging = createStagingFolder(outDir);
    const writer = new JsonWriter(staging);
    try {
      // Workers write the articles while this thread writes the lists.
      const [written] = await Promise.all([
        store.writeArticles(staging, placementOf),
        writeListDocuments(writer, index.value, summaryJson, site.value, redirects.value),
      ]);
      stepDone('write');
      // Feeds and the search index read the article files just written.
      const feeds = await writeFeeds(staging, index.value, site.value);
      stepDone('feeds');
      const searchIndex = search ? await buildSearchIndex(staging, index.value) : undefined;
      stepDone('search');
      swapIn(staging, outDir);
      return {
        ok: true,
        stats: {
          articles: summaries.length,
          labels: labels.length,
          months: index.value.months.length,
          files: writer.files + written.files + feeds.files + (searchIndex?.files ?? 0),
          bytes: writer.bytes + written.bytes + feeds.bytes + (searchIndex?.bytes ?? 0),
          ms: Math.round(performance.now() - started),
          steps,
          ...(searchIndex && { search: searchIndex }),
        },
      };
    } catch (error) {
      // Stop the workers before removing the folder, so that none recreates part of it.
      await store.close();
      discard(staging);
      throw error;
    }
  } finally {
    await store.close();
  }
}
