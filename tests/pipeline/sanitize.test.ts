import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/contract/schemas';
import { buildOk, writeContent } from './helpers';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/pipeline');

async function buildFixture(name: string): Promise<Article> {
  const dir = writeContent({});
  mkdirSync(path.join(dir, 'articles'), { recursive: true });
  copyFileSync(path.join(fixtures, `${name}.md`), path.join(dir, 'articles', `${name}.md`));
  const { read } = await buildOk(dir);
  return read<Article>(`articles/${name}.json`);
}

/** Every tag name and every attribute name in some HTML. */
function tagsAndAttributes(html: string) {
  const tags = new Set<string>();
  const attributes = new Set<string>();
  for (const [, tag, attrs] of html.matchAll(/<([a-z][a-z0-9]*)\b([^>]*)>/gi)) {
    tags.add(tag!.toLowerCase());
    for (const [, name] of attrs!.matchAll(/([^\s=/]+)(?:=(?:"[^"]*"|'[^']*'|\S+))?/g))
      attributes.add(name!.toLowerCase());
  }
  return { tags, attributes };
}

const ALLOWED_TAGS = new Set(
  'h1 h2 h3 h4 h5 h6 p br hr blockquote pre code ul ol li dl dt dd a em strong del img figure figcaption table caption thead tbody tfoot tr th td'.split(
    ' ',
  ),
);
const ALLOWED_ATTRIBUTES = new Set(
  'href title rel src alt width height start align colspan rowspan class'.split(' '),
);

describe('sanitizing', () => {
  it('removes scripts, event handlers, javascript: URLs, frames, forms and styles from Markdown', async () => {
    const { html } = await buildFixture('hostile');
    expect(html).not.toMatch(/<script|<iframe|<form|<input|<button|<object|<embed|<style|<svg|<math/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/javascript:|data:text/i);
    expect(html).not.toMatch(/alert\('(script tag|onerror|onclick|svg|math|comment)'\)/);
    const { tags, attributes } = tagsAndAttributes(html);
    expect([...tags].filter((t) => !ALLOWED_TAGS.has(t))).toEqual([]);
    expect([...attributes].filter((a) => !ALLOWED_ATTRIBUTES.has(a))).toEqual([]);
  });

  it('keeps what an article needs: links, images, figures, tables, and code as text', async () => {
    const { html } = await buildFixture('hostile');
    expect(html).toContain('<a href="/2008/06/other">a relative link</a>');
    expect(html).toContain('<a href="mailto:press@example.com">mail</a>');
    expect(html).toContain('<img src="https://example.com/a.png" alt="a picture" title="Title" />');
    expect(html).toContain('<figure><img src="/images/chart.png" alt="A chart" width="400" height="300" />');
    expect(html).toContain('<figcaption>A chart</figcaption></figure>');
    expect(html).toMatch(/<th align="left">Product<\/th>/);
    expect(html).toContain(
      '<code class="language-html">&lt;script&gt;alert(\'inside a code block is text\')&lt;/script&gt;',
    );
    expect(html).toContain('<p>Clickable paragraph</p>');
  });

  it('marks external links noopener noreferrer, replacing any rel of their own, and leaves local links alone', async () => {
    const { html } = await buildFixture('hostile');
    expect(html).toContain(
      '<a href="https://example.com/page" title="Example" rel="noopener noreferrer">a safe external link</a>',
    );
    expect(html).toContain(
      '<a href="https://example.com/" rel="noopener noreferrer">an external link that asks',
    );
    expect(html).not.toMatch(/target=|rel="opener"/);
    expect(html).not.toMatch(/href="\/2008\/06\/other" rel=/);
  });

  it('sanitizes format: html bodies the same way, without reading them as Markdown', async () => {
    const article = await buildFixture('hostile-html');
    expect(article.html).not.toMatch(/<script|<iframe|<div|onmouseover|javascript:/i);
    expect(article.html).toContain(
      '<p>Imported *text* with bold and <a href="http://example.org/x" rel="noopener noreferrer">a link</a>.</p>',
    );
    expect(article.html).toContain('<img alt="bad image" />');
    expect(article.html).toContain('<img src="https://example.org/ok.jpg" alt="good image" />');
    expect(article.summary).toBe('Imported *text* with bold and a link. Last paragraph.');
    expect(article.words).toBe(9);
  });
});
