import { Marked } from 'marked';
import { acceptRenderedMarkdown, sanitizeArticleHtml } from './sanitize';

let sawRawHtml = false;

const marked = new Marked({
  gfm: true,
  breaks: false,
  async: false,
  renderer: {
    html({ text }) {
      sawRawHtml = true;
      return text;
    },
    // Task list checkboxes would be <input>s, which the allow-list drops anyway.
    checkbox: () => '',
  },
});

/**
 * Markdown to sanitized HTML. Raw HTML in the Markdown always goes through sanitize-html; output
 * made only by the renderer takes the checked fast path unless the check finds anything to remove.
 */
export function markdownToHtml(markdown: string): string {
  sawRawHtml = false;
  const html = marked.parse(markdown, { async: false });
  return (sawRawHtml ? null : acceptRenderedMarkdown(html)) ?? sanitizeArticleHtml(html);
}
