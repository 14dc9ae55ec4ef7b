import { describe, expect, it } from 'vitest';
import { checkArticleFields } from '../../pipeline/article-fields';
import { parseFrontMatter } from '../../pipeline/front-matter';

function fieldsOf(source: string) {
  const parsed = parseFrontMatter(source);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

function problemsOf(source: string) {
  const parsed = parseFrontMatter(source);
  if (!parsed.ok) return parsed.problems;
  const checked = checkArticleFields(parsed.value);
  return checked.ok ? [] : checked.problems;
}

const valid = [
  '---',
  'title: "Red Hat adopts KVM"',
  'published: 2008-09-04T10:00:00-04:00',
  'author: Jane Doe',
  'labels: [KVM, "Red Hat"]',
  '---',
  '',
  'The body.',
].join('\n');

describe('parseFrontMatter', () => {
  it('splits the YAML fields from the body and records the file line of each key', () => {
    const { fields, keyLines, body } = fieldsOf(valid);
    expect(fields).toEqual({
      title: 'Red Hat adopts KVM',
      published: '2008-09-04T10:00:00-04:00',
      author: 'Jane Doe',
      labels: ['KVM', 'Red Hat'],
    });
    expect(keyLines).toEqual({ title: 2, published: 3, author: 4, labels: 5 });
    expect(body).toBe('\nThe body.');
  });

  it('reads block lists, comments, Windows line endings and a byte-order mark', () => {
    const source = '\uFEFF---\r\n# a comment\r\ntitle: T\r\nlabels:\r\n  - KVM\r\n  - Xen\r\n---\r\nBody\r\n';
    const { fields, keyLines, body } = fieldsOf(source);
    expect(fields).toEqual({ title: 'T', labels: ['KVM', 'Xen'] });
    expect(keyLines).toEqual({ title: 3, labels: 4 });
    expect(body).toBe('Body\r\n');
  });

  it('reports a file without front matter at line 1', () => {
    expect(parseFrontMatter('# Just Markdown\n')).toEqual({
      ok: false,
      problems: [{ line: 1, message: 'no front matter: the file must start with a "---" line' }],
    });
  });

  it('reports front matter that is never closed', () => {
    const result = parseFrontMatter('---\ntitle: T\n\nBody without a closing line\n');
    expect(result).toMatchObject({
      ok: false,
      problems: [{ line: 1, message: expect.stringMatching(/not closed/) }],
    });
  });

  it('reports broken YAML at the line of the file where the parser stops', () => {
    const source = [
      '---',
      'title: T',
      'author: Ann',
      'labels: [KVM, Xen',
      'published: 2008-01-01T00:00:00Z',
      '---',
      '',
    ];
    const result = parseFrontMatter(source.join('\n'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // YAML notices the unclosed `[` of line 4 where line 5 fails to continue it.
    expect(result.problems[0]!.line).toBe(5);
    expect(result.problems[0]!.message).toMatch(/^front matter is not valid YAML: /);
  });

  it('reports a key given twice, at the second one', () => {
    const result = parseFrontMatter('---\ntitle: A\nauthor: Ann\ntitle: B\n---\n');
    expect(result).toMatchObject({
      ok: false,
      problems: [{ line: 4, message: expect.stringMatching(/unique/i) }],
    });
  });

  it('reports front matter that is not a mapping', () => {
    expect(parseFrontMatter('---\n- a\n- b\n---\n')).toMatchObject({
      ok: false,
      problems: [{ line: 2, message: expect.stringMatching(/must be a mapping/) }],
    });
  });
});

describe('checkArticleFields', () => {
  it('accepts a complete article, with optional fields, and ignores unknown ones', () => {
    const source = [
      '---',
      'title: "  Spaced title "',
      'published: 2008-06-30T23:30:00-07:00',
      'updated: 2008-07-01T08:00:00Z',
      'author: Ann',
      'labels: [KVM, KVM, Xen]',
      'summary: A short summary.',
      'slug: kvm-news',
      'format: html',
      'aliases: ["/2008/06/kvm.html", "/?p=12"]',
      'draft_note: ignored',
      '---',
      '',
    ].join('\n');
    const checked = checkArticleFields(fieldsOf(source));
    expect(checked).toEqual({
      ok: true,
      value: {
        title: 'Spaced title',
        published: '2008-06-30T23:30:00-07:00',
        publishedMs: Date.UTC(2008, 6, 1, 6, 30),
        updated: '2008-07-01T08:00:00Z',
        author: 'Ann',
        labels: ['KVM', 'Xen'],
        summary: 'A short summary.',
        slug: 'kvm-news',
        format: 'html',
        aliases: ['/2008/06/kvm.html', '/?p=12'],
      },
    });
  });

  it('reports every missing required field', () => {
    expect(problemsOf('---\nsummary: only this\n---\n')).toEqual([
      { line: undefined, message: 'title: missing (required)' },
      { line: undefined, message: 'published: missing (required)' },
      { line: undefined, message: 'author: missing (required)' },
      { line: undefined, message: 'labels: missing (required; use [] for none)' },
    ]);
  });

  it('reports empty and wrongly typed fields at the line of their key', () => {
    const source = [
      '---',
      'title:',
      'published: 2008-01-01T00:00:00Z',
      'author: 1984',
      'labels: KVM',
      'format: md',
      'summary: [a, b]',
      '---',
    ].join('\n');
    expect(problemsOf(source)).toEqual([
      { line: 2, message: 'title: is empty' },
      { line: 4, message: 'author: expected text, got 1984 (quote it)' },
      { line: 5, message: 'labels: expected a list, got "KVM"' },
      { line: 7, message: 'summary: expected text, got a list' },
      { line: 6, message: 'format: expected "markdown" or "html", got "md"' },
    ]);
  });

  it.each([
    ['2008-13-01', 'not a date-time'],
    ['2008-13-01T10:00:00Z', 'month 13'],
    ['2008-02-30T10:00:00Z', 'February 30th (Date.parse would roll it over to March)'],
    ['2008-06-30T24:30:00Z', 'hour 24'],
    ['2008-06-30T23:30:00', 'no offset'],
    ['June 30, 2008', 'not ISO 8601'],
  ])('rejects published: %s (%s)', (published) => {
    const source = `---\ntitle: T\nauthor: A\nlabels: []\npublished: "${published}"\n---\n`;
    expect(problemsOf(source)).toEqual([
      {
        line: 5,
        message: `published: "${published}" is not an ISO 8601 date-time with an offset (e.g. 2008-06-30T23:30:00-07:00)`,
      },
    ]);
  });

  it('reports label items that are not text or have no letters for a slug', () => {
    const source =
      '---\ntitle: T\nauthor: A\npublished: 2008-01-01T00:00:00Z\nlabels: [KVM, 2008, "!!!"]\n---\n';
    expect(problemsOf(source)).toEqual([
      { line: 5, message: 'labels: item 2 is 2008, expected text' },
      { line: 5, message: 'labels: "!!!" has no letters or digits to make a URL slug from' },
    ]);
  });

  it('reports a slug that is not URL-safe, with a suggestion', () => {
    const source =
      '---\ntitle: T\nauthor: A\npublished: 2008-01-01T00:00:00Z\nlabels: []\nslug: Red Hat/KVM\n---\n';
    expect(problemsOf(source)).toEqual([
      {
        line: 6,
        message:
          'slug: "Red Hat/KVM" is not a URL slug (lower-case letters, digits and "-"; try "red-hat-kvm")',
      },
    ]);
  });

  it('reports aliases that are not paths', () => {
    const source =
      '---\ntitle: T\nauthor: A\npublished: 2008-01-01T00:00:00Z\nlabels: []\naliases: [old.html, "/a b"]\n---\n';
    expect(problemsOf(source)).toEqual([
      { line: 6, message: 'aliases: "old.html" is not a path (it must start with "/" and have no spaces)' },
      { line: 6, message: 'aliases: "/a b" is not a path (it must start with "/" and have no spaces)' },
    ]);
  });
});
