import { describe, expect, it } from 'vitest';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { parseSimpleYaml } from '../../pipeline/simple-yaml';

/** What the full YAML parser makes of a text, in the same shape, or null when it reports errors. */
function reference(text: string) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length > 0 || (doc.contents !== null && !isMap(doc.contents))) return null;
  const keyLines: Record<string, number> = {};
  for (const item of doc.contents?.items ?? []) {
    if (isScalar(item.key) && item.key.range)
      keyLines[String(item.key.value)] = lineCounter.linePos(item.key.range[0]).line;
  }
  return { fields: doc.toJS() ?? {}, keyLines };
}

// Values that are strings, values that only look like strings, and values that break the fast reader.
const SCALARS = [
  'Red Hat adopts KVM',
  '2008-06-30T23:30:00-07:00',
  '"quoted: with colon"',
  '"escaped \\"quote\\" and \\u00e9"',
  '"tab\\tand newline\\n"',
  "'single ''quoted'''",
  "'broken ' quote'",
  'It\'s "mixed"',
  'C++',
  'C#',
  'a #hash',
  'a # comment',
  'key: value',
  'url: http://x',
  'http://example.com/a?b=c#d',
  'ends with colon:',
  '1984',
  '-12',
  '+3.5e4',
  '0x1F',
  '0o17',
  '.inf',
  '.NaN',
  'true',
  'False',
  'yes',
  'no',
  'on',
  'null',
  '~',
  '',
  '- item',
  '[flow]',
  '{a: b}',
  '&anchor value',
  '*alias',
  '!tag value',
  '|',
  '>',
  '%directive',
  '@at',
  '`tick`',
  '? question',
  'Виртуализация',
  '仮想化: 日本',
  'trailing spaces   ',
  'a\tb',
  '"unterminated',
  '"a" "b"',
  "''",
  '""',
];

const FLOW_ITEMS = [
  'KVM',
  '"Red Hat"',
  "'Xen'",
  'C++',
  '2008',
  'true',
  '"a, b"',
  'x: y',
  '[n]',
  '',
  ' spaced ',
];

function* documents(): Generator<string> {
  for (const value of SCALARS) yield `title: ${value}\nauthor: Ann`;
  for (const a of FLOW_ITEMS) for (const b of FLOW_ITEMS) yield `labels: [${a}, ${b}]`;
  for (const a of FLOW_ITEMS) yield `labels: [${a}]\ntitle: T`;
  yield 'labels: []';
  yield 'labels: [ ]';
  yield 'labels: [a, b,]';
  yield 'labels: [a, b] # comment';
  for (const value of SCALARS) yield `labels:\n  - ${value}\n  - KVM`;
  yield 'labels:\n- a\n- b\ntitle: T';
  yield 'labels:\n  - a\n    - b';
  yield 'labels:\n  - a\n - b';
  yield 'labels:\n\n  - a\n\n# between\n  - b';
  yield 'labels:\n  - a\n    continued';
  yield 'author:\n  name: Ann';
  yield 'title: first\ntitle: second';
  yield 'title: a\n  continued plain';
  yield 'title: a\ncontinued at column 0';
  yield 'title:value';
  yield 'title:\ttab';
  yield '__proto__: x';
  yield 'summary: >\n  folded\n  text';
  yield '# only a comment';
  yield '';
  yield 'title: "multi\n  line"';
  yield 'key with space: x';
  yield '"quoted key": x';
  yield 'title: T\r\nauthor: A';
}

describe('parseSimpleYaml', () => {
  it('reads typical front matter itself', () => {
    const text =
      'title: "Red Hat adopts KVM"\npublished: 2008-09-04T10:00:00-04:00\nauthor: Jane\nlabels: [KVM, "Red Hat"]';
    expect(parseSimpleYaml(text)).toEqual({
      fields: {
        title: 'Red Hat adopts KVM',
        published: '2008-09-04T10:00:00-04:00',
        author: 'Jane',
        labels: ['KVM', 'Red Hat'],
      },
      keyLines: { title: 1, published: 2, author: 3, labels: 4 },
    });
  });

  it('gives up on anything YAML would not read as plain strings', () => {
    for (const text of [
      'title: 1984',
      'draft: true',
      'labels: [2008]',
      'title: a # comment',
      'summary: |\n  x',
    ]) {
      expect(parseSimpleYaml(text), text).toBeNull();
    }
  });

  it('agrees with the full YAML parser whenever it answers', () => {
    let answered = 0;
    let total = 0;
    for (const text of documents()) {
      total++;
      const fast = parseSimpleYaml(text);
      if (fast === null) continue;
      answered++;
      expect(fast, JSON.stringify(text)).toEqual(reference(text));
    }
    // The fast reader is only worth having if it answers for most ordinary inputs.
    expect(answered).toBeGreaterThan(total / 4);
  });
});
