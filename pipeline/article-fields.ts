import { slugify } from '../src/contract/slug';
import { labelSlug } from './label-slug';
import type { FrontMatter, LineProblem } from './front-matter';
import { quote } from './problems';
import { parseIsoDateTime } from './timestamp';

export type BodyFormat = 'markdown' | 'html';

/** An article's front matter, checked. */
export interface ArticleFields {
  title: string;
  published: string;
  /** `published` as ms since the epoch, for sorting and distances. */
  publishedMs: number;
  author: string;
  labels: string[];
  summary?: string;
  slug?: string;
  updated?: string;
  format: BodyFormat;
  /** Old permalink paths that redirect to this article. */
  aliases: string[];
}

export type FieldsResult = { ok: true; value: ArticleFields } | { ok: false; problems: LineProblem[] };

const DATE_EXAMPLE = 'e.g. 2008-06-30T23:30:00-07:00';

/**
 * An article slug: letters (any script), digits, `-`, `_` and inner `.`; no upper case, so that
 * file names stay distinct on case-insensitive disks and URLs need no escaping beyond UTF-8.
 */
const ARTICLE_SLUG = /^[\p{Ll}\p{Lo}\p{Lm}\p{N}][\p{Ll}\p{Lo}\p{Lm}\p{M}\p{N}._-]*$/u;

export function isArticleSlug(slug: string): boolean {
  return ARTICLE_SLUG.test(slug) && !slug.endsWith('.');
}

/** Checks the fields of one article's front matter; every problem is reported, with its key's line. */
export function checkArticleFields({ fields, keyLines }: FrontMatter): FieldsResult {
  const problems: LineProblem[] = [];
  const report = (key: string, message: string) =>
    problems.push({ line: keyLines[key], message: `${key}: ${message}` });

  function text(key: string, required: boolean): string | undefined {
    const value = fields[key];
    if (value === undefined || value === null) {
      if (required) report(key, key in fields ? 'is empty' : 'missing (required)');
      return undefined;
    }
    if (typeof value !== 'string') {
      report(key, `expected text, got ${quote(value)}${typeof value === 'object' ? '' : ' (quote it)'}`);
      return undefined;
    }
    const trimmed = value.trim();
    if (trimmed === '') report(key, 'is empty');
    return trimmed === '' ? undefined : trimmed;
  }

  function timestamp(key: string, required: boolean): { text: string; ms: number } | undefined {
    const value = text(key, required);
    if (value === undefined) return undefined;
    const ms = parseIsoDateTime(value);
    if (ms === null) {
      report(key, `${quote(value)} is not an ISO 8601 date-time with an offset (${DATE_EXAMPLE})`);
      return undefined;
    }
    return { text: value, ms };
  }

  function textList(key: string, required: boolean): string[] | undefined {
    const value = fields[key];
    if (value === undefined || value === null) {
      if (required) report(key, 'missing (required; use [] for none)');
      return undefined;
    }
    if (!Array.isArray(value)) {
      report(key, `expected a list, got ${quote(value)}`);
      return undefined;
    }
    const items: string[] = [];
    value.forEach((item: unknown, i) => {
      if (typeof item !== 'string') report(key, `item ${i + 1} is ${quote(item)}, expected text`);
      else if (item.trim() === '') report(key, `item ${i + 1} is empty`);
      else items.push(item.trim());
    });
    return items;
  }

  const title = text('title', true);
  const published = timestamp('published', true);
  const author = text('author', true);
  const labels = textList('labels', true);
  const summary = text('summary', false);
  const updated = timestamp('updated', false);
  const aliases = textList('aliases', false) ?? [];

  const slug = text('slug', false)?.normalize('NFC');
  if (slug !== undefined && !isArticleSlug(slug)) {
    report(
      'slug',
      `${quote(slug)} is not a URL slug (lower-case letters, digits and "-"; try "${slugify(slug)}")`,
    );
  }

  const format = fields.format ?? 'markdown';
  if (format !== 'markdown' && format !== 'html')
    report('format', `expected "markdown" or "html", got ${quote(format)}`);

  for (const label of labels ?? []) {
    if (labelSlug(label) === '')
      report('labels', `${quote(label)} has no letters or digits to make a URL slug from`);
  }
  for (const alias of aliases) {
    if (!alias.startsWith('/') || /\s/.test(alias)) {
      report('aliases', `${quote(alias)} is not a path (it must start with "/" and have no spaces)`);
    }
  }

  if (problems.length > 0 || !title || !published || !author || !labels) return { ok: false, problems };
  return {
    ok: true,
    value: {
      title,
      published: published.text,
      publishedMs: published.ms,
      author,
      labels: [...new Set(labels)],
      ...(summary !== undefined && { summary }),
      ...(slug !== undefined && { slug }),
      ...(updated && { updated: updated.text }),
      format: format as BodyFormat,
      aliases: [...new Set(aliases)],
    },
  };
}
