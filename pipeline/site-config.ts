import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { isValidTimeZone } from '../src/contract/month';
import type { Problem } from './problems';

const DEFAULT_PAGE_SIZE = 20;
/** More than this and a list page could outgrow the 64 KB a reader should fetch per view. */
const MAX_PAGE_SIZE = 100;

function isSiteUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && !url.search && !url.hash;
  } catch {
    return false;
  }
}

/** `content/site.json`: what the author writes (the API's `site.json` adds the counts). */
const SiteConfigSchema = v.object({
  title: v.pipe(v.string('expected text'), v.trim(), v.minLength(1, 'is empty')),
  description: v.optional(v.string('expected text'), ''),
  timeZone: v.pipe(
    v.string('expected an IANA time zone name such as "Europe/Rome"'),
    v.check(
      isValidTimeZone,
      (issue) => `${JSON.stringify(issue.input)} is not an IANA time zone name such as "Europe/Rome"`,
    ),
  ),
  /** The site's public address (feeds need absolute links); feeds use a placeholder without it. */
  url: v.optional(
    v.pipe(
      v.string('expected an absolute URL such as "https://news.example.com"'),
      v.check(
        isSiteUrl,
        (issue) => `${JSON.stringify(issue.input)} is not an http(s) URL such as "https://news.example.com"`,
      ),
      v.transform((url) => url.replace(/\/+$/, '')),
    ),
  ),
  pageSize: v.optional(
    v.pipe(
      v.number(`expected a whole number from 1 to ${MAX_PAGE_SIZE}`),
      v.integer(`expected a whole number from 1 to ${MAX_PAGE_SIZE}`),
      v.minValue(1, `expected a whole number from 1 to ${MAX_PAGE_SIZE}`),
      v.maxValue(MAX_PAGE_SIZE, `expected a whole number from 1 to ${MAX_PAGE_SIZE}`),
    ),
    DEFAULT_PAGE_SIZE,
  ),
});

export type SiteConfig = v.InferOutput<typeof SiteConfigSchema>;

export type SiteConfigResult = { ok: true; value: SiteConfig } | { ok: false; problems: Problem[] };

function lineOfPosition(text: string, message: string): number | undefined {
  const position = /position (\d+)/.exec(message)?.[1];
  return position === undefined ? undefined : text.slice(0, Number(position)).split('\n').length;
}

export function readSiteConfig(file: string): SiteConfigResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    return {
      ok: false,
      problems: [{ file, message: missing ? 'missing (every content folder needs one)' : String(error) }],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    return {
      ok: false,
      problems: [{ file, line: lineOfPosition(text, message), message: `not valid JSON: ${message}` }],
    };
  }
  const result = v.safeParse(SiteConfigSchema, json);
  if (result.success) return { ok: true, value: result.output };
  return {
    ok: false,
    problems: result.issues.map((issue) => {
      const key = v.getDotPath(issue);
      return {
        file,
        message: key
          ? `${key}: ${issue.input === undefined ? 'missing (required)' : issue.message}`
          : issue.message,
      };
    }),
  };
}
