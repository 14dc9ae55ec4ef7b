import sanitizeHtml from 'sanitize-html';
import { describe, expect, it } from 'vitest';
import { markdownToHtml, renderMarkdown } from '../../pipeline/markdown';
import { acceptRenderedMarkdown, sanitizeArticleHtml } from '../../pipeline/sanitize';

// The renderer as it comes, with nothing of ours: what the fast path must agree with once sanitized.
const plainHtml = renderMarkdown;

const URLS = [
  'https://example.com/a?b=1&c=2',
  'http://example.com/',
  'HTTPS://EXAMPLE.COM/',
  '//example.com/protocol-relative',
  '/2008/06/relative',
  'relative/path.html',
  '#anchor',
  'mailto:press@example.com',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'jav&#x61;script:alert(1)',
  'javascript&colon;alert(1)',
  '<javascript:alert(1)>',
  'data:text/html;base64,PHNjcmlwdD4=',
  'vbscript:msgbox(1)',
  'https://例え.jp/パス?q="1"',
  '\\\\evil.example/share',
  'https://example.com/"onmouseover="alert(1)',
];

const SNIPPETS = [
  ...URLS.flatMap((url) => [
    `A [link](${url}) here.`,
    `A [link](${url} "a title & more") here.`,
    `An ![image](${url}) here.`,
    `A [reference][r].\n\n[r]: ${url}`,
  ]),
  // md4c writes a quote in a code fence's info string as `\"`, which ends the attribute in HTML.
  '```js"onload=alert(1)\nconst a = 1;\n```',
  'Autolinks: <https://example.com>, www.example.com, https://example.org/x and press@example.com.',
  '# Heading\n\n## Sub *heading*\n\nText with **bold**, _em_, ~~strike~~ and `code <b>`.',
  '- [ ] open task\n- [x] done task\n\n3. three\n4. four',
  '| Left | Center | Right |\n| :--- | :----: | ----: |\n| a | b | c |',
  '```js\nconst a = "<script>";\n```\n\n    indented <code>',
  '> A quote with a line  \n> break and &copy; &#60;entities&#62; and \\<escaped\\>.',
  '***\n\nA paragraph after a rule. It\'s "quoted" & <3.',
  'Footnote-ish[^1] and a [link with `code`](https://example.com/x).',
];

/** The HTML as a browser reads it (entities decoded), written out again by sanitize-html, removing nothing. */
const reserialize = (html: string) =>
  sanitizeHtml(html, { allowedTags: false, allowedAttributes: false, allowedSchemesAppliedToAttributes: [] });

describe('Markdown rendering', () => {
  it('takes the fast path for ordinary Markdown', () => {
    for (const snippet of SNIPPETS.slice(-8)) {
      expect(acceptRenderedMarkdown(plainHtml(snippet)), snippet).not.toBeNull();
    }
  });

  it('gives what sanitize-html gives for the plain renderer output, fast path or not', () => {
    for (const snippet of SNIPPETS) {
      const html = markdownToHtml(snippet);
      expect(sanitizeArticleHtml(html), snippet).toBe(sanitizeArticleHtml(plainHtml(snippet)));
      // And what it gives is already clean: sanitizing it removes nothing.
      expect(sanitizeArticleHtml(html), snippet).toBe(reserialize(html));
      expect(html, snippet).not.toMatch(/javascript:|vbscript:|data:|<input|onmouseover="|\sonload=/i);
    }
  });

  it('adds rel to external links only, on both paths', () => {
    expect(markdownToHtml('[a](https://example.com/) [b](/local) [c](mailto:x@example.com)')).toBe(
      '<p><a href="https://example.com/" rel="noopener noreferrer">a</a> <a href="/local">b</a> <a href="mailto:x@example.com">c</a></p>\n',
    );
    expect(markdownToHtml('<em>raw</em> [a](https://example.com/)')).toBe(
      '<p><em>raw</em> <a href="https://example.com/" rel="noopener noreferrer">a</a></p>\n',
    );
  });

  it('leaves to sanitize-html any renderer output that is not plainly on the allow-list', () => {
    for (const html of [
      '<p onclick="alert(1)">x</p>',
      '<div>x</div>',
      '<a href="x" rel="opener">x</a>',
      '<a href="x" target="_blank">x</a>',
      "<a href='javascript:alert(1)'>x</a>",
      '<a href="jav&#x61;script:alert(1)">x</a>',
      '<img src="x" onerror="alert(1)">',
      '<img src="data:image/png;base64,AA">',
      '<p>unclosed <em',
      '<code class="other">x</code>',
    ]) {
      expect(acceptRenderedMarkdown(html), html).toBeNull();
    }
    expect(acceptRenderedMarkdown('<p><a href="https://x.org/?a=1&amp;b=2" title="t">x</a></p>')).toBe(
      '<p><a href="https://x.org/?a=1&amp;b=2" title="t" rel="noopener noreferrer">x</a></p>',
    );
  });

  it('drops unsafe URLs whichever way they are written', () => {
    expect(markdownToHtml('[x](jav&#x61;script:alert(1)) ![y](data:image/png;base64,AAAA)')).toBe(
      '<p><a>x</a> <img alt="y" /></p>\n',
    );
  });
});
