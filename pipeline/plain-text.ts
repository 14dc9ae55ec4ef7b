const BLOCK_TAGS = new Set(
  ['p', 'br', 'hr', 'blockquote', 'pre', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'img']
    .concat(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'figcaption'])
    .concat(['table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td']),
);
const ANY_TAG = /<\/?([a-z][a-z0-9]*)?[^>]*>/gi;
const ENTITY = /&(?:#(\d+)|#x([\da-f]+)|(amp|lt|gt|quot|apos|nbsp));/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function codePoint(n: number): string {
  return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '';
}

/** Block tags separate words, so they become a space; other tags go. */
const tagText = (_: string, name: string | undefined) =>
  name !== undefined && BLOCK_TAGS.has(name.toLowerCase()) ? ' ' : '';

const entityText = (_: string, dec: string | undefined, hex: string | undefined, name: string | undefined) =>
  name ? (NAMED[name.toLowerCase()] ?? '') : codePoint(dec ? Number(dec) : parseInt(hex ?? '', 16));

/** The text of sanitized HTML: tags dropped (block tags become spaces), entities decoded, spaces collapsed. */
export function htmlToText(html: string): string {
  const text = html.replace(ANY_TAG, tagText);
  return (text.includes('&') ? text.replace(ENTITY, entityText) : text).replace(/\s\s+|[^\S ]/g, ' ').trim();
}

export function countWords(text: string): number {
  if (text === '') return 0;
  let words = 1;
  for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) words++;
  return words;
}

const WORDS_PER_MINUTE = 220;

export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

const SUMMARY_WORDS = 35;
const SUMMARY_MAX_WORDS = 40;

/** The opening of an article's text: all of it when short, else its first 35 words and an ellipsis. */
export function deriveSummary(text: string): string {
  const words = text.split(' ', SUMMARY_MAX_WORDS + 1);
  if (words.length <= SUMMARY_MAX_WORDS) return text;
  return `${words
    .slice(0, SUMMARY_WORDS)
    .join(' ')
    .replace(/[\s,;:.!?—–-]+$/u, '')}…`;
}
