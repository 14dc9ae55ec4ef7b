import { readFileSync } from 'node:fs';
import { initSync, mdToHtml, ParseFlags } from 'md4w';
import { acceptRenderedMarkdown, sanitizeArticleHtml } from './sanitize';

// md4c (compiled to WebAssembly) renders about ten times faster than the JavaScript Markdown
// libraries, and rendering was half of a build's CPU time. Compiled synchronously, once per thread.
initSync(new WebAssembly.Module(readFileSync(new URL('md4w-fast.wasm', import.meta.resolve('md4w')))));

/** CommonMark with GitHub's tables, strikethrough and autolinks (task lists stay text: no <input>s). */
export const MARKDOWN_FLAGS =
  ParseFlags.TABLES |
  ParseFlags.STRIKETHROUGH |
  ParseFlags.PERMISSIVE_URL_AUTO_LINKS |
  ParseFlags.PERMISSIVE_WWW_AUTO_LINKS |
  ParseFlags.PERMISSIVE_EMAIL_AUTO_LINKS;

/** md4w gives every heading an empty self-link with an id; the allow-list has no ids, and an empty link helps no one. */
const HEADING_ANCHOR = / <a class="anchor" aria-hidden="true" id="[^"]*" href="#[^"]*"><\/a>(?=<\/h[1-6]>)/g;

/** Where raw HTML could start: `<` then a letter, `/`, `!` or `?` (CommonMark's only HTML openers). */
const MAYBE_RAW_HTML = /<[a-z/!?]/i;

/** The renderer's own HTML, not yet checked. */
export function renderMarkdown(markdown: string): string {
  return mdToHtml(markdown, { parseFlags: MARKDOWN_FLAGS }).replace(HEADING_ANCHOR, '');
}

/**
 * Markdown to sanitized HTML. Markdown that may hold raw HTML always goes through sanitize-html;
 * output made only by the renderer takes the checked fast path unless the check finds anything to remove.
 */
export function markdownToHtml(markdown: string): string {
  const html = renderMarkdown(markdown);
  return (MAYBE_RAW_HTML.test(markdown) ? null : acceptRenderedMarkdown(html)) ?? sanitizeArticleHtml(html);
}
