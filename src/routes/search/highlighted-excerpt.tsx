import { Fragment } from 'react';

const MARKED = /<mark>([\s\S]*?)<\/mark>/g;

/**
 * Pagefind's excerpt is the article's plain text with the matched words wrapped in `<mark>`.
 * Only those wrappers are markup; everything else, `<script>` included, is text.
 */
export function excerptParts(excerpt: string): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  let last = 0;
  for (const match of excerpt.matchAll(MARKED)) {
    if (match.index > last) parts.push({ text: excerpt.slice(last, match.index), marked: false });
    if (match[1]) parts.push({ text: match[1], marked: true });
    last = match.index + match[0].length;
  }
  if (last < excerpt.length) parts.push({ text: excerpt.slice(last), marked: false });
  return parts;
}

export function HighlightedExcerpt({ excerpt }: { excerpt: string }) {
  return excerptParts(excerpt).map((part, i) =>
    part.marked ? <mark key={i}>{part.text}</mark> : <Fragment key={i}>{part.text}</Fragment>,
  );
}
