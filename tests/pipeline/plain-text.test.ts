import { describe, expect, it } from 'vitest';
import { countWords, deriveSummary, htmlToText, readingMinutes } from '../../pipeline/plain-text';
import type { Article } from '../../src/contract/schemas';
import { articleFile, buildOk, writeContent } from './helpers';

describe('plain text', () => {
  it('drops tags, separates blocks, and decodes entities', () => {
    const html =
      '<h2>Xen&nbsp;3.0</h2><p>Fast &amp; <em>para</em>virtualized &lt;guests&gt; &#8212; &#x2603;</p><ul><li>a</li><li>b</li></ul>';
    expect(htmlToText(html)).toBe('Xen 3.0 Fast & paravirtualized <guests> — ☃ a b');
  });

  it('counts words and reading time at 220 words a minute, at least one minute', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('one two three')).toBe(3);
    expect([0, 100, 330, 440, 1000].map(readingMinutes)).toEqual([1, 1, 2, 2, 5]);
  });

  it('keeps a short text whole and cuts a long one after 35 words with an ellipsis', () => {
    const short = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');
    expect(deriveSummary(short)).toBe(short);
    const long = Array.from({ length: 41 }, (_, i) => `w${i}${i === 34 ? ',' : ''}`).join(' ');
    expect(deriveSummary(long)).toBe(`${Array.from({ length: 35 }, (_, i) => `w${i}`).join(' ')}…`);
  });

  it('fills an article summary, words and reading minutes from its body when front matter has no summary', async () => {
    const body = `## Heading\n\n${'**Word** '.repeat(300)}\n`;
    const content = writeContent({
      'derived.md': articleFile({ published: '2008-01-01T00:00:00Z' }, body),
      'given.md': articleFile({ published: '2008-01-02T00:00:00Z', summary: 'Given by the author.' }, body),
    });
    const { read } = await buildOk(content);
    const derived = read<Article>('articles/derived.json');
    expect(derived.summary).toBe(`Heading ${'Word '.repeat(33)}Word…`); // 35 words
    expect(derived.words).toBe(301);
    expect(derived.readingMinutes).toBe(1);
    expect(read<Article>('articles/given.json').summary).toBe('Given by the author.');
  });
});
