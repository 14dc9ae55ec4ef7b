import sanitizeHtml from 'sanitize-html';

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  laquo: '\u00ab',
  raquo: '\u00bb',
  copy: '\u00a9',
  reg: '\u00ae',
  trade: '\u2122',
};

function fromCodePoint(code: number, original: string): string {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : original;
}

/** Decodes the HTML entities WordPress leaves in titles and term names (`R&amp;D`, `&#8217;`). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (original, name: string) => {
    if (name[0] === '#') {
      const hex = name[1] === 'x' || name[1] === 'X';
      return fromCodePoint(Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10), original);
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? original;
  });
}

/** Plain text of a title or label that may hold markup or entities, with spaces collapsed. */
export function plainText(text: string): string {
  const withoutTags = text.includes('<')
    ? sanitizeHtml(text, { allowedTags: [], allowedAttributes: {}, nonTextTags: ['script', 'style'] })
    : text;
  return decodeEntities(withoutTags).replace(/\s+/g, ' ').trim();
}

/** A short title for a post that has none: its first words, else null. */
export function titleFromBody(html: string, maxLength = 60): string | null {
  const text = plainText(html.replace(/<br\s*\/?>|<\/(p|div|h\d|li)>/gi, ' '));
  if (!text) return null;
  const chars = [...text];
  if (chars.length <= maxLength) return text;
  const cut = chars.slice(0, maxLength).join('');
  const atWord = cut.slice(0, cut.lastIndexOf(' ')).trim();
  return `${atWord || cut}…`;
}
