import { describe, expect, it } from 'vitest';
import { renderWordPressBody } from './wordpress-body';

describe('renderWordPressBody', () => {
  it('makes paragraphs of blank-line-separated text and line breaks of single newlines', () => {
    expect(renderWordPressBody('First line\nsecond line\n\nNext paragraph')).toBe(
      '<p>First line<br />\nsecond line</p>\n<p>Next paragraph</p>',
    );
  });

  it('leaves block markup alone and wraps the text around it', () => {
    expect(renderWordPressBody('Intro:\n<ul>\n<li>one</li>\n</ul>\nAfter')).toBe(
      '<p>Intro:</p>\n<ul>\n<li>one</li>\n</ul>\n<p>After</p>',
    );
  });

  it('leaves Gutenberg blocks as they are', () => {
    const gutenberg = '<!-- wp:paragraph -->\n<p>Hello</p>\n<!-- /wp:paragraph -->';
    expect(renderWordPressBody(gutenberg)).toBe(
      '<!-- wp:paragraph -->\n<p>Hello</p>\n<!-- /wp:paragraph -->',
    );
  });

  it('keeps blank lines inside <pre>', () => {
    expect(renderWordPressBody('Run:\n\n<pre>a\n\nb</pre>')).toBe('<p>Run:</p>\n<pre>a\n\nb</pre>');
  });

  it('turns [caption] into a figure with a figcaption', () => {
    expect(
      renderWordPressBody('[caption id="a" width="300"]<img src="x.png" alt="X" /> The X[/caption]'),
    ).toBe('<figure><img src="x.png" alt="X" />\n<figcaption>The X</figcaption>\n</figure>');
  });
});
