import { Marked } from 'marked';

const marked = new Marked({ gfm: true, breaks: false, async: false });

/** Markdown to (unsanitized) HTML; raw HTML in the source passes through, to be sanitized after. */
export function markdownToHtml(markdown: string): string {
  return marked.parse(markdown, { async: false });
}
