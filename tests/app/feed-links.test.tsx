import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { findHeading, renderRoute } from './render-route';

const alternates = () =>
  [...document.head.querySelectorAll('link[rel="alternate"]')].map((link) => [
    link.getAttribute('type'),
    link.getAttribute('title'),
    new URL(link.getAttribute('href')!).pathname,
  ]);

describe("a label's feeds", () => {
  it('are linked on the label page and announced in the head while it shows', async () => {
    const { router } = renderRoute('/label/red-hat');
    await findHeading('Label: Red Hat');
    const main = screen.getByRole('main');
    expect(main).toHaveTextContent('Follow Red Hat in a feed reader: Atom · RSS · JSON Feed');
    expect(new URL(within(main).getByRole('link', { name: 'Atom' }).getAttribute('href')!).pathname).toBe(
      '/api/v1/feeds/labels/red-hat/atom.xml',
    );
    await waitFor(() =>
      expect(alternates()).toEqual([
        ['application/atom+xml', 'Red Hat (Atom)', '/api/v1/feeds/labels/red-hat/atom.xml'],
        ['application/rss+xml', 'Red Hat (RSS)', '/api/v1/feeds/labels/red-hat/rss.xml'],
        ['application/feed+json', 'Red Hat (JSON Feed)', '/api/v1/feeds/labels/red-hat/feed.json'],
      ]),
    );

    await router.navigate('/labels');
    await findHeading('Labels');
    await waitFor(() => expect(alternates()).toEqual([]));
  });
});
