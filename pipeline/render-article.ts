import path from 'node:path';
import { slugify } from '../src/contract/slug';
import type { Month } from '../src/contract/schemas';
import type { ArticleMonths } from './article-month';
import { checkArticleFields, isArticleSlug } from './article-fields';
import { parseFrontMatter } from './front-matter';
import { markdownToHtml } from './markdown';
import { countWords, deriveSummary, htmlToText, readingMinutes } from './plain-text';
import { quote, type Problem } from './problems';
import { sanitizeArticleHtml } from './sanitize';
import type { SourceFile } from './source-files';

/** What the indexing step needs of an article: everything but its HTML. */
export interface ArticleMeta {
  file: string;
  slug: string;
  title: string;
  author: string;
  published: string;
  publishedMs: number;
  updated?: string;
  month: Month;
  labels: string[];
  summary: string;
  words: number;
  readingMinutes: number;
  aliases: string[];
  /** Lines of the keys that cross-article problems point at. */
  lines: { slug?: number; labels?: number; aliases?: number };
}

export type RenderOutcome =
  { ok: true; meta: ArticleMeta; html: string } | { ok: false; problems: Problem[] };

/** One article file, parsed, checked, rendered and sanitized. */
export function renderArticle(file: SourceFile, source: string, months: ArticleMonths): RenderOutcome {
  const fail = (problems: { line?: number; message: string }[]): RenderOutcome => ({
    ok: false,
    problems: problems.map((p) => ({ file: file.display, ...p })),
  });
  const frontMatter = parseFrontMatter(source);
  if (!frontMatter.ok) return fail(frontMatter.problems);
  const fields = checkArticleFields(frontMatter.value);
  if (!fields.ok) return fail(fields.problems);
  const { keyLines, body } = frontMatter.value;
  const f = fields.value;

  const slug = f.slug ?? path.basename(file.path, '.md').normalize('NFC');
  if (!isArticleSlug(slug)) {
    return fail([
      {
        message: `the file name gives the slug ${quote(slug)}, which is not a URL slug; rename the file or set slug: "${slugify(slug)}"`,
      },
    ]);
  }

  const html = f.format === 'html' ? sanitizeArticleHtml(body) : markdownToHtml(body);
  const text = htmlToText(html);
  const words = countWords(text);
  return {
    ok: true,
    html,
    meta: {
      file: file.display,
      slug,
      title: f.title,
      author: f.author,
      published: f.published,
      publishedMs: f.publishedMs,
      ...(f.updated !== undefined && { updated: f.updated }),
      month: months.monthOf(f.published, f.publishedMs),
      labels: f.labels,
      summary: f.summary ?? deriveSummary(text),
      words,
      readingMinutes: readingMinutes(words),
      aliases: f.aliases,
      lines: { slug: keyLines.slug, labels: keyLines.labels, aliases: keyLines.aliases },
    },
  };
}
