import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { currentUrl, findHeading, renderRoute } from './render-route';

const listedTitles = () =>
  within(screen.getByRole('main'))
    .getAllByRole('article')
    .map((a) => within(a).getByRole('heading', { level: 2 }).textContent);

describe('a month', () => {
  it("lists the month's articles, paged, with links to the neighbouring months that have articles", async () => {
    renderRoute('/2008/06');
    expect(await findHeading('June 2008')).toBeInTheDocument();
    expect(listedTitles()).toEqual([
      'Citrix makes XenServer free',
      'Red Hat adopts KVM',
      'KVM gets live migration',
    ]);
    expect(screen.getByText('4 articles · page 1 of 2')).toBeInTheDocument();

    const pagination = screen.getByRole('navigation', { name: 'Pagination' });
    expect(within(pagination).getByRole('link', { name: /older/i })).toHaveAttribute(
      'href',
      '/2008/06/page/2',
    );

    const months = screen.getByRole('navigation', { name: 'Newer and older months' });
    expect(within(months).getByRole('link', { name: /September 2008/ })).toHaveAttribute('href', '/2008/09');
    expect(within(months).getByRole('link', { name: /August 2007/ })).toHaveAttribute('href', '/2007/08');
    await waitFor(() => expect(document.title).toBe('June 2008 — Fixture Archive'));
  });

  it('shows the last page of a month', async () => {
    renderRoute('/2008/06/page/2');
    await findHeading('June 2008');
    expect(listedTitles()).toEqual(['Xen 3.3 enters beta']);
    const pagination = screen.getByRole('navigation', { name: 'Pagination' });
    expect(within(pagination).getByRole('link', { name: /newer/i })).toHaveAttribute('href', '/2008/06');
    expect(within(pagination).queryByRole('link', { name: /older/i })).not.toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('June 2008, page 2 — Fixture Archive'));
  });

  it('has no newer month link on the newest month', async () => {
    renderRoute('/2010/07');
    await findHeading('July 2010');
    const months = screen.getByRole('navigation', { name: 'Newer and older months' });
    expect(within(months).getAllByRole('link')).toHaveLength(1);
    expect(within(months).getByRole('link', { name: /April 2009/ })).toHaveAttribute('href', '/2009/04');
  });

  it.each([
    ['an impossible month', '/2012/13'],
    ['a month without articles', '/2011/01'],
    ['a page beyond the last', '/2008/06/page/3'],
    ['an unknown label filter', '/2008/06?label=nope'],
  ])('shows not-found for %s', async (_, url) => {
    renderRoute(url);
    expect(await findHeading('Page not found')).toBeInTheDocument();
  });

  it('redirects page 1 to the month itself, keeping the filter', async () => {
    const { router } = renderRoute('/2008/06/page/1?label=kvm');
    await findHeading('June 2008');
    expect(currentUrl(router)).toBe('/2008/06?label=kvm');
  });
});

describe('combined filters', () => {
  it('narrows a month to a label, with removable filter chips', async () => {
    renderRoute('/2008/06?label=kvm');
    await findHeading('June 2008');
    expect(listedTitles()).toEqual(['Red Hat adopts KVM', 'KVM gets live migration']);
    expect(screen.getByText('2 articles labelled KVM')).toBeInTheDocument();
    const chips = screen.getByRole('list', { name: 'Active filters' });
    expect(within(chips).getByRole('link', { name: 'Remove filter Label: KVM' })).toHaveAttribute(
      'href',
      '/2008/06',
    );
    expect(within(chips).getByRole('link', { name: 'Remove filter Month: June 2008' })).toHaveAttribute(
      'href',
      '/label/kvm',
    );
    const months = screen.getByRole('navigation', { name: 'Newer and older months' });
    expect(within(months).getByRole('link', { name: /September 2008/ })).toHaveAttribute(
      'href',
      '/2008/09?label=kvm',
    );
    expect(within(months).getByRole('link', { name: /February 2007/ })).toHaveAttribute(
      'href',
      '/2007/02?label=kvm',
    );
    await waitFor(() => expect(document.title).toBe('June 2008, label KVM — Fixture Archive'));
  });

  it('narrows a label to a month the same way', async () => {
    renderRoute('/label/xen?month=2008-06');
    await findHeading('Label: Xen');
    expect(listedTitles()).toEqual(['Citrix makes XenServer free', 'Xen 3.3 enters beta']);
    const chips = screen.getByRole('list', { name: 'Active filters' });
    expect(within(chips).getByRole('link', { name: 'Remove filter Month: June 2008' })).toHaveAttribute(
      'href',
      '/label/xen',
    );
    expect(within(chips).getByRole('link', { name: 'Remove filter Label: Xen' })).toHaveAttribute(
      'href',
      '/2008/06',
    );
    await waitFor(() => expect(document.title).toBe('Label: Xen in June 2008 — Fixture Archive'));
  });

  it('adds a label to a month from the labels of its articles, and removes it with the chip', async () => {
    const { user, router } = renderRoute('/2008/06');
    await findHeading('June 2008');
    const narrow = screen.getByRole('region', { name: 'Narrow to a label' });
    await user.click(within(narrow).getByRole('link', { name: 'Red Hat' }));
    await waitFor(() => expect(currentUrl(router)).toBe('/2008/06?label=red-hat'));
    await waitFor(() => expect(listedTitles()).toEqual(['Red Hat adopts KVM']));

    await user.click(screen.getByRole('link', { name: 'Remove filter Label: Red Hat' }));
    await waitFor(() => expect(currentUrl(router)).toBe('/2008/06'));
    await waitFor(() => expect(listedTitles()).toHaveLength(3));
  });

  it('adds a month to a label from its months', async () => {
    const { user, router } = renderRoute('/label/kvm');
    await findHeading('Label: KVM');
    const byMonth = screen.getByRole('navigation', { name: 'KVM by month' });
    // The tree's code loads after the view has rendered.
    expect(await within(byMonth).findByRole('button', { name: '2008 (3)' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(within(byMonth).getByRole('button', { name: '2007 (1)' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    await user.click(within(byMonth).getByRole('link', { name: 'June 2008 (2)' }));
    await waitFor(() => expect(currentUrl(router)).toBe('/label/kvm?month=2008-06'));
    await waitFor(() => expect(listedTitles()).toEqual(['Red Hat adopts KVM', 'KVM gets live migration']));
  });
});
