import { labelSlug } from './label-slug';
import type { ArticleSummary, LabelRef, Month } from '../src/contract/schemas';
import type { Problem } from './problems';
import type { ArticleMeta } from './render-article';

export interface LabelEntry extends LabelRef {
  /** Positions (in `articles`) of the articles with this label, newest first. */
  positions: number[];
}

export interface MonthEntry {
  month: Month;
  positions: number[];
}

/** The archive in reading order with the groupings every list and index is cut from. */
export interface ArchiveIndex {
  /**
   * Newest first; ties by slug. A position in this array is an article's identity from here on.
   * `buildApi` empties it once the articles are placed; later steps read `summaries`.
   */
  articles: ArticleMeta[];
  summaries: ArticleSummary[];
  /** By slug. */
  labels: LabelEntry[];
  /** For each article, the indexes (in `labels`) of its labels, ascending. */
  labelIds: number[][];
  /** Newest first. */
  months: MonthEntry[];
}

export type IndexResult = { ok: true; value: ArchiveIndex } | { ok: false; problems: Problem[] };

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function compareNewestFirst(a: ArticleMeta, b: ArticleMeta): number {
  return b.publishedMs - a.publishedMs || byCodePoint(a.slug, b.slug);
}

function checkSlugs(metas: ArticleMeta[], problems: Problem[]): void {
  const owners = new Map<string, ArticleMeta>();
  for (const meta of metas) {
    const owner = owners.get(meta.slug);
    if (owner) {
      problems.push({
        file: meta.file,
        line: meta.lines.slug,
        message: `duplicate slug "${meta.slug}": ${owner.file} has it too`,
      });
    } else owners.set(meta.slug, meta);
  }
}

/** One name per label slug: `Red Hat` and `Red hat` would share `red-hat` and split one label in two. */
function nameLabels(metas: ArticleMeta[], problems: Problem[]): Map<string, { name: string; file: string }> {
  const bySlug = new Map<string, { name: string; file: string }>();
  for (const meta of metas) {
    for (const name of meta.labels) {
      const slug = labelSlug(name);
      const first = bySlug.get(slug);
      if (!first) bySlug.set(slug, { name, file: meta.file });
      else if (first.name !== name) {
        problems.push({
          file: meta.file,
          line: meta.lines.labels,
          message: `labels: "${name}" and "${first.name}" (${first.file}) both make the label slug "${slug}"; use one name`,
        });
      }
    }
  }
  return bySlug;
}

/** Orders the archive and groups it by label and month; reports duplicate slugs and colliding label names. */
export function indexArchive(metasInFileOrder: ArticleMeta[]): IndexResult {
  const problems: Problem[] = [];
  checkSlugs(metasInFileOrder, problems);
  const labelNames = nameLabels(metasInFileOrder, problems);
  if (problems.length > 0) return { ok: false, problems };

  const articles = [...metasInFileOrder].sort(compareNewestFirst);
  const labelSlugs = [...labelNames.keys()].sort(byCodePoint);
  const labelIdOf = new Map(labelSlugs.map((slug, id) => [slug, id]));
  const labels: LabelEntry[] = labelSlugs.map((slug) => ({
    name: labelNames.get(slug)!.name,
    slug,
    positions: [],
  }));
  const months: MonthEntry[] = [];
  const labelIds: number[][] = [];
  const summaries: ArticleSummary[] = [];

  articles.forEach((meta, position) => {
    const refs: LabelRef[] = [];
    const ids: number[] = [];
    for (const name of meta.labels) {
      const id = labelIdOf.get(labelSlug(name))!;
      if (ids.includes(id)) continue;
      ids.push(id);
      labels[id]!.positions.push(position);
      refs.push({ name: labels[id]!.name, slug: labels[id]!.slug });
    }
    labelIds.push(ids.sort((a, b) => a - b));
    // Newest first, so a new month only ever starts after the current one.
    if (months.at(-1)?.month !== meta.month) months.push({ month: meta.month, positions: [] });
    months.at(-1)!.positions.push(position);
    summaries.push({
      slug: meta.slug,
      title: meta.title,
      published: meta.published,
      month: meta.month,
      author: meta.author,
      labels: refs,
      summary: meta.summary,
    });
  });
  return { ok: true, value: { articles, summaries, labels, labelIds, months } };
}
