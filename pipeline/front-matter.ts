import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { Problem } from './problems';
import { parseSimpleYaml } from './simple-yaml';

export type LineProblem = Omit<Problem, 'file'>;

export interface FrontMatter {
  /** The front matter's fields as plain values. */
  fields: Record<string, unknown>;
  /** The file line of each top-level key, for messages about its value. */
  keyLines: Record<string, number>;
  body: string;
}

export type FrontMatterResult = { ok: true; value: FrontMatter } | { ok: false; problems: LineProblem[] };

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/m;

/** Splits a Markdown file into its YAML front matter (between `---` lines) and its body. */
export function parseFrontMatter(source: string): FrontMatterResult {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const opening = OPENING.exec(text);
  if (!opening) {
    return {
      ok: false,
      problems: [{ line: 1, message: 'no front matter: the file must start with a "---" line' }],
    };
  }
  const start = opening[0].length;
  const closing = CLOSING.exec(text.slice(start));
  if (!closing) {
    return { ok: false, problems: [{ line: 1, message: 'the front matter is not closed by a "---" line' }] };
  }
  const yamlText = text.slice(start, start + closing.index);
  let bodyStart = start + closing.index + closing[0].length;
  if (text.startsWith('\r\n', bodyStart)) bodyStart += 2;
  else if (text[bodyStart] === '\n') bodyStart += 1;
  const body = text.slice(bodyStart);
  // Line 1 is the opening `---`, so YAML line n is file line n + 1.
  const firstLine = 2;
  const simple = parseSimpleYaml(yamlText);
  if (simple) {
    const keyLines = Object.fromEntries(
      Object.entries(simple.keyLines).map(([k, line]) => [k, line + firstLine - 1]),
    );
    return { ok: true, value: { fields: simple.fields, keyLines, body } };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  const lineOf = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;

  // Something left open (a quote, a `[`) is only noticed at the end: point at the field that opened it.
  const errorLine = (offset: number) => {
    if (offset < yamlText.trimEnd().length || !isMap(doc.contents)) return lineOf(offset);
    const keyStarts = doc.contents.items.flatMap((item) =>
      isScalar(item.key) && item.key.range ? [item.key.range[0]] : [],
    );
    return lineOf(keyStarts.filter((start) => start < offset).at(-1) ?? offset);
  };
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((error) => ({
        line: errorLine(error.pos[0]),
        message: `front matter is not valid YAML: ${error.message.split('\n')[0]}`,
      })),
    };
  }
  if (doc.contents !== null && !isMap(doc.contents)) {
    return {
      ok: false,
      problems: [{ line: firstLine, message: 'front matter must be a mapping of fields (`title: …`)' }],
    };
  }
  const keyLines: Record<string, number> = {};
  for (const item of doc.contents?.items ?? []) {
    if (isScalar(item.key) && item.key.range) keyLines[String(item.key.value)] = lineOf(item.key.range[0]);
  }
  const fields = (doc.toJS() ?? {}) as Record<string, unknown>;
  return { ok: true, value: { fields, keyLines, body } };
}
