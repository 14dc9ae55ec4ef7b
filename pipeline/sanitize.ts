import sanitizeHtml from 'sanitize-html';

const EXTERNAL = /^(?:https?:)?\/\//i;

/** Everything an article body may contain; anything else is dropped (its text kept, except script-like tags). */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'blockquote', 'pre', 'code'],
    ...['ul', 'ol', 'li', 'dl', 'dt', 'dd', 'a', 'em', 'strong', 'del', 'img', 'figure', 'figcaption'],
    ...['table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'],
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    ol: ['start'],
    th: ['align', 'colspan', 'rowspan'],
    td: ['align', 'colspan', 'rowspan'],
  },
  allowedClasses: { code: ['language-*'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: true,
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'title', 'iframe', 'object'],
  transformTags: {
    // Our own rel only: external links must not get `window.opener` or the reader's URL.
    a: (tagName, attribs) => {
      const { rel: _rel, ...rest } = attribs;
      void _rel;
      return {
        tagName,
        attribs: EXTERNAL.test(rest.href?.trim() ?? '') ? { ...rest, rel: 'noopener noreferrer' } : rest,
      };
    },
  },
};

/** Article HTML reduced to the allow-list: no scripts, styles, frames, forms, event handlers or `javascript:` URLs. */
export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}
