import sanitizeHtml from 'sanitize-html';

/** An embedded player (YouTube and the like) becomes a plain link to it, so readers know it was there. */
function embedAsLink(tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const src = attribs.src ?? '';
  if (!/^(https?:)?\/\//i.test(src)) return { tagName, attribs: {} };
  const host = new URL(src, 'https://embed.invalid').host;
  return { tagName: 'a', attribs: { href: src }, text: attribs.title || `Embedded content (${host})` };
}

// An allow-list, not a block-list: what old blog posts use for text, links, images and tables.
// The content pipeline sanitizes `format: html` bodies again; this pass keeps the files themselves clean.
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'hr',
    'div',
    'span',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'a',
    'b',
    'strong',
    'i',
    'em',
    'u',
    's',
    'strike',
    'del',
    'ins',
    'mark',
    'small',
    'sub',
    'sup',
    'abbr',
    'cite',
    'q',
    'code',
    'kbd',
    'samp',
    'var',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'dl',
    'dt',
    'dd',
    'img',
    'figure',
    'figcaption',
    'table',
    'caption',
    'thead',
    'tbody',
    'tfoot',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: {
    a: ['href', 'title'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    abbr: ['title'],
    blockquote: ['cite'],
    q: ['cite'],
    ol: ['start'],
    th: ['colspan', 'rowspan', 'scope'],
    td: ['colspan', 'rowspan'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: true,
  disallowedTagsMode: 'discard',
  // Drop what these hold, not just the tags: a script's code or an iframe's fallback is not prose.
  transformTags: { iframe: embedAsLink },
  nonTextTags: [
    'script',
    'style',
    'textarea',
    'option',
    'xmp',
    'noscript',
    'iframe',
    'object',
    'embed',
    'form',
    'select',
    'button',
  ],
};

export function sanitizeBody(html: string): string {
  return sanitizeHtml(html, OPTIONS)
    .replace(/\n\s*\n(\s*\n)+/g, '\n\n')
    .trim();
}
