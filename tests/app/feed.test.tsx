import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { currentUrl, findHeading, renderRoute } from './render-route';

const articleTitles = () =>
  within(screen.getByRole('main'))
    .getAllByRole('article')
    .map((a) => within(a).getByRole('heading', { level: 2 }).textContent);

describe('the feed', () => {
  it('lists the newest articles first, with date, author, labels and summary', async () => {
    renderRoute('/');
    expect(await findHeading('Newest articles')).toBeInTheDocument();
    expect(articleTitles()).toEqual([
      'Rackspace and NASA launch OpenStack',
      'VMware ships vSphere 4',
      'Red Hat buys Qumranet',
    ]);

    const first = within(screen.getByRole('main')).getAllByRole('article')[0]!;
    expect(within(first).getByRole('link', { name: 'Rackspace and NASA launch OpenStack' })).toHaveAttribute(
      'href',
      '/2010/07/openstack-launch?from=feed',
    );
    expect(within(first).getByText('Monday, July 19, 2010')).toHaveAttribute(
      'datetime',
      '2010-07-19T10:00:00-07:00',
    );
    expect(first).toHaveTextContent('Tom Okafor');
    expect(within(first).getByRole('link', { name: 'OpenStack' })).toHaveAttribute(
      'href',
      '/label/openstack',
    );
    expect(first).toHaveTextContent(/open source cloud platform/);
    expect(document.title).toBe('Fixture Archive');
  });

  it('pages with older and numbered links, and no newer link on the first page', async () => {
    renderRoute('/');
    await findHeading('Newest articles');
    const pagination = screen.getByRole('navigation', { name: 'Pagination' });
    expect(within(pagination).queryByRole('link', { name: /newer/i })).not.toBeInTheDocument();
    expect(within(pagination).getByRole('link', { name: /older/i })).toHaveAttribute('href', '/page/2');
    expect(within(pagination).getByRole('link', { name: 'Page 4' })).toHaveAttribute('href', '/page/4');
    expect(within(pagination).getByText('1').closest('[aria-current="page"]')).not.toBeNull();
  });

  it('shows a middle page with links both ways and its number in the title', async () => {
    renderRoute('/page/2');
    expect(await findHeading('Newest articles, page 2')).toBeInTheDocument();
    expect(articleTitles()).toEqual([
      'Citrix makes XenServer free',
      'Red Hat adopts KVM',
      'KVM gets live migration',
    ]);
    const pagination = screen.getByRole('navigation', { name: 'Pagination' });
    expect(within(pagination).getByRole('link', { name: /newer/i })).toHaveAttribute('href', '/');
    expect(within(pagination).getByRole('link', { name: /older/i })).toHaveAttribute('href', '/page/3');
    expect(document.title).toBe('Page 2 — Fixture Archive');
  });

  it('shows the last page without an older link', async () => {
    renderRoute('/page/4');
    await findHeading('Newest articles, page 4');
    expect(articleTitles()).toEqual(['KVM is merged into Linux 2.6.20']);
    const pagination = screen.getByRole('navigation', { name: 'Pagination' });
    expect(within(pagination).queryByRole('link', { name: /older/i })).not.toBeInTheDocument();
    expect(within(pagination).getByRole('link', { name: /newer/i })).toHaveAttribute('href', '/page/3');
  });

  it('follows the older link to the next page', async () => {
    const { user, router } = renderRoute('/');
    await findHeading('Newest articles');
    await user.click(screen.getByRole('link', { name: /older/i }));
    expect(await findHeading('Newest articles, page 2')).toBeInTheDocument();
    expect(currentUrl(router)).toBe('/page/2');
  });

  it('redirects /page/1 to /', async () => {
    const { router } = renderRoute('/page/1');
    await findHeading('Newest articles');
    expect(currentUrl(router)).toBe('/');
  });

  it.each(['/page/5', '/page/0', '/page/two'])('shows not-found for %s', async (url) => {
    renderRoute(url);
    expect(await findHeading('Page not found')).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Not found — Fixture Archive'));
  });
});
