import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { paths } from '../../src/contract/paths';
import { builtApi } from './api';
import { openPage } from './session';
import { expectHeading } from './view';

const alternates = (selector: string) => `link[rel="alternate"]${selector}`;

describe('feeds', () => {
  it('are announced in the head of every page, and are well-formed', async () => {
    const { page } = await openPage(paths.feed());
    await expectHeading(page, /newest/i);
    const links = await page
      .locator(alternates(''))
      .evaluateAll((els) => els.map((el) => [el.getAttribute('type'), el.getAttribute('href')]));
    expect(links).toEqual([
      ['application/atom+xml', '/api/v1/feeds/atom.xml'],
      ['application/rss+xml', '/api/v1/feeds/rss.xml'],
      ['application/feed+json', '/api/v1/feeds/feed.json'],
    ]);
    for (const [, href] of links) {
      const response = await page.request.get(href!);
      expect(response.status(), href!).toBe(200);
      const text = await response.text();
      if (href!.endsWith('.xml')) expect(XMLValidator.validate(text), href!).toBe(true);
      else expect(JSON.parse(text)).toMatchObject({ version: 'https://jsonfeed.org/version/1.1' });
    }
  });

  it("link from a label page to the label's feed, whose entries are the label's newest articles", async () => {
    const label = builtApi.labels().labels[0]!;
    const { page } = await openPage(paths.label(label.slug));
    await expectHeading(page, `Label: ${label.name}`);
    const visible = page.locator('main').getByRole('link', { name: 'Atom' });
    const href = new URL((await visible.getAttribute('href'))!).pathname;
    expect(href).toBe(`/api/v1/feeds/labels/${label.slug}/atom.xml`);
    const inHead = await page
      .locator(alternates(`[type="application/atom+xml"][title^="${label.name}"]`))
      .count();
    expect(inHead).toBe(1);

    const atom = await (await page.request.get(href)).text();
    expect(XMLValidator.validate(atom)).toBe(true);
    const { feed } = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(atom) as {
      feed: { entry: { link: { '@href': string } }[] | { link: { '@href': string } } };
    };
    const entries = Array.isArray(feed.entry) ? feed.entry : [feed.entry];
    const newest = builtApi.label(label.slug).items.slice(0, entries.length).map(paths.article);
    expect(entries.map((e) => new URL(e.link['@href']).pathname)).toEqual(newest);
  });
});
