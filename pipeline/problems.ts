/** Something wrong with the content, reported with where it is so the author can fix it. */
export interface Problem {
  file: string;
  /** 1-based line in `file`, when the problem has one. */
  line?: number;
  message: string;
}

/** `content/articles/2008/06/x.md:3: published: "2008-13-01" is not …` */
export function formatProblem({ file, line, message }: Problem): string {
  return line === undefined ? `${file}: ${message}` : `${file}:${line}: ${message}`;
}

export function compareProblems(a: Problem, b: Problem): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (a.line ?? 0) - (b.line ?? 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}

/** A value quoted for a message: strings as JSON, other values by their YAML-ish type. */
export function quote(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}
