import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { currentUrl, findHeading, renderRoute } from './render-route';

describe('the monthly archive', () => {
  it('lists every year with its count, each expandable to its months with their counts', async () => {
    const { user } = renderRoute('/archive');
    expect(await findHeading('Monthly archive')).toBeInTheDocument();
    const tree = screen.getByRole('navigation', { name: 'Archive by year' });
    const years = within(tree).getAllByRole('button');
    expect(years.map((b) => b.textContent)).toEqual(['2010 (1)', '2009 (1)', '2008 (5)', '2007 (3)']);
    expect(years.map((b) => b.getAttribute('aria-expanded'))).toEqual(['true', 'false', 'false', 'false']);

    const y2008 = within(tree).getByRole('button', { name: '2008 (5)' });
    await user.click(y2008);
    expect(y2008).toHaveAttribute('aria-expanded', 'true');
    expect(within(tree).getByRole('link', { name: 'June 2008 (4)' })).toHaveAttribute('href', '/2008/06');
    expect(within(tree).getByRole('link', { name: 'September 2008 (1)' })).toHaveAttribute(
      'href',
      '/2008/09',
    );

    await user.click(y2008);
    expect(y2008).toHaveAttribute('aria-expanded', 'false');
    expect(within(tree).queryByRole('link', { name: 'June 2008 (4)' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Expand all years' }));
    for (const year of within(tree).getAllByRole('button'))
      expect(year).toHaveAttribute('aria-expanded', 'true');
    expect(within(tree).getByRole('link', { name: 'February 2007 (1)' })).toHaveAttribute('href', '/2007/02');
    await waitFor(() => expect(document.title).toBe('Archive — Fixture Archive'));
  });

  it('opens a month from the archive', async () => {
    const { user, router } = renderRoute('/archive');
    await findHeading('Monthly archive');
    const tree = screen.getByRole('navigation', { name: 'Archive by year' });
    await user.click(within(tree).getByRole('button', { name: '2008 (5)' }));
    await user.click(within(tree).getByRole('link', { name: 'June 2008 (4)' }));
    expect(await findHeading('June 2008')).toBeInTheDocument();
    expect(currentUrl(router)).toBe('/2008/06');
  });
});

describe('a year', () => {
  it("lists the year's months with their counts and links to the neighbouring years", async () => {
    renderRoute('/2008');
    expect(await findHeading('2008')).toBeInTheDocument();
    const main = screen.getByRole('main');
    expect(within(main).getByRole('link', { name: 'September 2008' })).toHaveAttribute('href', '/2008/09');
    expect(within(main).getByRole('link', { name: 'June 2008' })).toHaveAttribute('href', '/2008/06');
    expect(main).toHaveTextContent('June 2008 (4 articles)');
    const years = screen.getByRole('navigation', { name: 'Newer and older years' });
    expect(within(years).getByRole('link', { name: /2009/ })).toHaveAttribute('href', '/2009');
    expect(within(years).getByRole('link', { name: /2007/ })).toHaveAttribute('href', '/2007');
    await waitFor(() => expect(document.title).toBe('2008 — Fixture Archive'));
  });

  it.each(['/2031', '/1999', '/abcd'])('shows not-found for %s', async (url) => {
    renderRoute(url);
    expect(await findHeading('Page not found')).toBeInTheDocument();
  });
});
