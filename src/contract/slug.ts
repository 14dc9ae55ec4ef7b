const SYMBOL_WORDS: Record<string, string> = {
  '+': ' plus ',
  '#': ' sharp ',
  '&': ' and ',
  '@': ' at ',
  '.': ' dot ',
};

/**
 * A label's (or title's) URL slug: lower-case, ASCII where the text is Latin, readable Unicode
 * letters otherwise; symbols that carry meaning become words so `C++` and `C` stay distinct.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[+#&@]|\.(?=\S)/g, (c) => SYMBOL_WORDS[c] ?? ' ')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .normalize('NFC');
}
