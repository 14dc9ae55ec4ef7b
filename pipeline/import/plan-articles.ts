import * as v from 'valibot';
import { stringify } from 'yaml';
import { dayIn, monthOf, splitMonth } from '../../src/contract/month';
import { paths } from '../../src/contract/paths';
import { SlugSchema, TimestampSchema } from '../../src/contract/schemas';
import { slugify } from '../../src/contract/slug';
import type { ExistingContent } from './existing-content';
import type { SourcePost } from './source-post';
import { titleFromBody } from './text';

/** The front matter of an imported article: our format, with `format: html` and the old paths. */
export const ImportedFrontMatterSchema = v.object({
  title: v.pipe(v.string(), v.minLength(1)),
  published: TimestampSchema,
  updated: v.optional(TimestampSchema),
  author: v.pipe(v.string(), v.minLength(1)),
  labels: v.array(v.pipe(v.string(), v.minLength(1))),
  slug: v.pipe(SlugSchema, v.minLength(1)),
  format: v.literal('html'),
  aliases: v.array(v.pipe(v.string(), v.startsWith('/'))),
});
export type ImportedFrontMatter = v.InferOutput<typeof ImportedFrontMatterSchema>;

export interface PlannedFile {
  /** Relative to the content folder, with `/` separators. */
  path: string;
  content: string;
}

export interface ArticlePlan {
  files: PlannedFile[];
  /** Posts whose old permalink an earlier import already brought in. */
  alreadyImported: number;
  problems: string[];
  warnings: string[];
}

// Old slugs are kept as they are when they are plain words; anything else goes through slugify.
const PLAIN_SLUG = /^[\p{L}\p{N}](?:[\p{L}\p{N}_-]*[\p{L}\p{N}])?$/u;
const MAX_SLUG_LENGTH = 80;

function shorten(slug: string): string {
  const chars = [...slug];
  if (chars.length <= MAX_SLUG_LENGTH) return slug;
  const cut = chars.slice(0, MAX_SLUG_LENGTH).join('');
  const lastBreak = cut.lastIndexOf('-');
  return lastBreak > 0 ? cut.slice(0, lastBreak) : cut;
}

function baseSlug(post: SourcePost, day: string): string {
  const source = post.sourceSlug?.toLowerCase();
  if (source && PLAIN_SLUG.test(source)) return shorten(source);
  const fromSource = source ? slugify(source) : '';
  if (fromSource) return shorten(fromSource);
  const fromTitle = post.title ? slugify(post.title) : '';
  if (fromTitle) return shorten(fromTitle);
  return `${day}-${slugify(post.id) || 'post'}`;
}

function uniqueSlug(base: string, taken: Set<string>): string {
  let slug = base;
  for (let n = 2; taken.has(slug.toLowerCase()); n++) slug = `${base}-${n}`;
  taken.add(slug.toLowerCase());
  return slug;
}

/** One name per label slug across the archive, so `Red Hat` and `red hat` do not become two labels. */
function canonicalLabels(
  names: string[],
  known: Map<string, string>,
  warnings: string[],
  post: string,
): string[] {
  const labels: string[] = [];
  for (const name of names) {
    const slug = slugify(name);
    if (!slug) {
      warnings.push(`${post}: dropped the label "${name}", which has no letters or digits for a URL`);
      continue;
    }
    if (!known.has(slug)) known.set(slug, name);
    labels.push(known.get(slug)!);
  }
  return [...new Set(labels)];
}

/**
 * The post's old paths that can redirect to it: not its own new address, and not a path that
 * another article already has (two merged blogs can share `/?p=12`; one path leads to one place).
 */
function ownAliases(
  post: SourcePost,
  ownPaths: string[],
  claimed: Set<string>,
  warnings: string[],
  name: string,
): string[] {
  const aliases: string[] = [];
  for (const alias of post.aliases) {
    if (ownPaths.includes(alias)) continue;
    if (claimed.has(alias))
      warnings.push(`${name}: "${alias}" already leads to another article; not kept as an alias`);
    else {
      claimed.add(alias);
      aliases.push(alias);
    }
  }
  return aliases;
}

export function serializeArticle(frontMatter: ImportedFrontMatter, html: string): string {
  // Every string double-quoted: dates stay strings for any YAML reader, and `:`, `#`, `C++` need no thought.
  const yaml = stringify(frontMatter, {
    defaultStringType: 'QUOTE_DOUBLE',
    defaultKeyType: 'PLAIN',
    lineWidth: 0,
  });
  return `---\n${yaml}---\n\n${html}\n`;
}

/** Decides each post's slug, file and front matter; writes nothing. */
export function planArticles(posts: SourcePost[], existing: ExistingContent): ArticlePlan {
  const plan: ArticlePlan = { files: [], alreadyImported: 0, problems: [], warnings: [] };
  const taken = new Set(existing.takenSlugs);
  const labels = new Map(existing.labels);
  const claimed = new Set(existing.aliases.keys());
  for (const post of posts) {
    const day = dayIn(post.published, existing.timeZone);
    const title = post.title || titleFromBody(post.html) || `Untitled (${day})`;
    // The same old path and title: this post came in with an earlier run of the import.
    if (post.aliases.some((alias) => existing.aliases.get(alias) === title)) {
      plan.alreadyImported++;
      continue;
    }
    const slug = uniqueSlug(baseSlug(post, day), taken);
    const name = post.title ? `"${post.title}"` : `post ${post.id}`;
    const month = monthOf(post.published, existing.timeZone);
    const { year, mm } = splitMonth(month);
    // An old path that is also the new address would redirect to itself.
    const ownPaths = [`/${year}/${mm}/${slug}`, paths.article({ slug, month })];
    const frontMatter = {
      title,
      published: post.published,
      ...(post.updated ? { updated: post.updated } : {}),
      author: post.author,
      labels: canonicalLabels(post.labels, labels, plan.warnings, name),
      slug,
      format: 'html' as const,
      aliases: ownAliases(post, ownPaths, claimed, plan.warnings, name),
    };
    const checked = v.safeParse(ImportedFrontMatterSchema, frontMatter);
    if (!checked.success) {
      const issues = checked.issues.map((i) => `${v.getDotPath(i) ?? ''}: ${i.message}`).join('; ');
      plan.problems.push(`${name} would not be a valid article (${issues})`);
      continue;
    }
    plan.files.push({
      path: `articles/${year}/${mm}/${slug}.md`,
      content: serializeArticle(checked.output, post.html),
    });
  }
  return plan;
}
