// Apart from the search engine, so the header's box and the loader do not pull it into the main chunk.

/** Longer queries are cut here: each word costs index chunks, and nobody types more. */
export const MAX_QUERY_LENGTH = 200;

/** The words actually searched for: trimmed, and cut to `MAX_QUERY_LENGTH`. */
export function searchTerm(q: string): string {
  return q.trim().slice(0, MAX_QUERY_LENGTH).trim();
}
