/** One published post as read from an export, before slugs and files are decided. */
export interface SourcePost {
  /** How the export identifies it, for messages and for slugs of untitled posts. */
  id: string;
  /** Plain text; empty when the post has no title. */
  title: string;
  /** ISO 8601 with the original offset. */
  published: string;
  updated?: string;
  author: string;
  labels: string[];
  /** Sanitized HTML. */
  html: string;
  /** The post's own slug in the old blog, if it had one. */
  sourceSlug?: string;
  /** Old permalink paths (decoded, starting with `/`). */
  aliases: string[];
}

export interface SkipCounts {
  drafts: number;
  comments: number;
  pages: number;
  other: number;
}

/** What a reader of one export format returns: posts to import, what was skipped, and problems found. */
export interface ParsedExport {
  blog: { title: string; description: string };
  posts: SourcePost[];
  skipped: SkipCounts;
  /** Entries that cannot be imported (no date, …); any problem stops the import. */
  problems: string[];
  /** Worth telling the user, but the import goes on. */
  warnings: string[];
}

export function emptySkipCounts(): SkipCounts {
  return { drafts: 0, comments: 0, pages: 0, other: 0 };
}
