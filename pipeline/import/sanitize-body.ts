import sanitizeHtml from 'sanitize-html';

const hostOf = (url: string) => {
  try {
    return new URL(url, 'https://embed.invalid').host;
  } catch {
    return null;
  }
};

/** An embedded player (YouTube and the like) becomes a plain link to it, so readers know it was there. */
function embedAsLink(tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const src = attribs.src ?? '';
  const host = /^(https?:)?\/\//i.test(src) ? hostOf(src) : null;
  if (!host) return { tagName, attribs: {} };
  return { tagName: 'a', attribs: { href: src }, text: attribs.title || `Embedded content (${host})` };
}

// An allow-list, not a block-list: what old blog posts use for text, links, images and tables.
// The content pipeline sanitizes `format: html` bodies again; this pass keeps the files themselves clean.
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    ...'p br hr div span h1 h2 h3 h4 h5 h6 blockquote pre code kbd samp var'.split(' '),
    ...'a b strong i em u s strike del ins mark small sub sup abbr cite q'.split(' '),
    ...'ul ol li dl dt dd img figure figcaption'.split(' '),
    ...'table caption thead tbody tfoot tr th td'.split(' '),
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
  transformTags: { iframe: embedAsLink },
  // Drop what these hold, not just the tags: a script's code or an iframe's fallback is not prose.
  nonTextTags: 'script style textarea option xmp noscript iframe object embed form select button'.split(' '),
};

export function sanitizeBody(html: string): string {
  return sanitizeHtml(html, OPTIONS)
    .replace(/\n\s*\n(\s*\n)+/g, '\n\n')
    .trim();
}
