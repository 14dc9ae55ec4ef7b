import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { currentUrl, findHeading, renderRoute } from './render-route';

const readingList = () => screen.findByRole('navigation', { name: 'Reading list' });

describe('reading an article as part of the list it was opened from', () => {
  it('carries the list in the links of a list view, and shows the position and neighbours in it', async () => {
    const { user, router } = renderRoute('/2008/06');
    await findHeading('June 2008');
    const link = screen.getByRole('link', { name: 'Red Hat adopts KVM' });
    expect(link).toHaveAttribute('href', '/2008/06/red-hat-adopts-kvm?from=month%3A2008-06');
    await user.click(link);
    await findHeading('Red Hat adopts KVM');

    const nav = await readingList();
    expect(nav).toHaveTextContent('2 of 4 in June 2008');
    expect(within(nav).getByRole('link', { name: 'June 2008' })).toHaveAttribute('href', '/2008/06');
    expect(within(nav).getByRole('link', { name: /Previous.*Citrix makes XenServer free/ })).toHaveAttribute(
      'href',
      '/2008/06/citrix-xenserver-free?from=month%3A2008-06',
    );
    await user.click(within(nav).getByRole('link', { name: /Next.*KVM gets live migration/ }));
    await findHeading('KVM gets live migration');
    expect(currentUrl(router)).toBe('/2008/06/kvm-live-migration?from=month%3A2008-06');
    expect(await readingList()).toHaveTextContent('3 of 4 in June 2008');
  });

  it('crosses into the next list page and back, and has no next link on the last article', async () => {
    const { user, router } = renderRoute('/2008/06/kvm-live-migration?from=month:2008-06');
    await findHeading('KVM gets live migration');
    const next = within(await readingList()).getByRole('link', { name: /Next.*Xen 3\.3/ });
    expect(next).toHaveAttribute('href', '/2008/06/xen-3-3-beta?from=month%3A2008-06&page=2');
    await user.click(next);
    await findHeading(/Xen 3\.3/);
    expect(currentUrl(router)).toBe('/2008/06/xen-3-3-beta?from=month%3A2008-06&page=2');
    const nav = await readingList();
    expect(nav).toHaveTextContent('4 of 4 in June 2008');
    expect(within(nav).queryByRole('link', { name: /Next/ })).not.toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'June 2008' })).toHaveAttribute('href', '/2008/06/page/2');
    expect(within(nav).getByRole('link', { name: /Previous.*KVM gets live migration/ })).toHaveAttribute(
      'href',
      '/2008/06/kvm-live-migration?from=month%3A2008-06',
    );
  });

  it('has no previous link on the first article of a list', async () => {
    renderRoute('/2008/09/red-hat-buys-qumranet?from=label:kvm');
    await findHeading('Red Hat buys Qumranet');
    const nav = await readingList();
    expect(nav).toHaveTextContent('1 of 4 in KVM');
    expect(within(nav).queryByRole('link', { name: /Previous/ })).not.toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: /Next.*Red Hat adopts KVM/ })).toHaveAttribute(
      'href',
      '/2008/06/red-hat-adopts-kvm?from=label%3Akvm',
    );
  });

  it('reads a label within a month as its own list', async () => {
    renderRoute('/2008/06/red-hat-adopts-kvm?from=label:kvm&month=2008-06');
    await findHeading('Red Hat adopts KVM');
    const nav = await readingList();
    expect(nav).toHaveTextContent('1 of 2 in KVM, June 2008');
    expect(within(nav).getByRole('link', { name: 'KVM, June 2008' })).toHaveAttribute(
      'href',
      '/label/kvm?month=2008-06',
    );
  });

  it('shows a list of one without previous or next', async () => {
    renderRoute('/2010/07/openstack-launch?from=label:openstack');
    await findHeading('Rackspace and NASA launch OpenStack');
    const nav = await readingList();
    expect(nav).toHaveTextContent('1 of 1 in OpenStack');
    expect(within(nav).queryAllByRole('link')).toHaveLength(1);
  });

  it.each([
    ['an article no longer in that list', '?from=label:openstack'],
    ['a list that does not exist', '?from=label:no-such-label'],
    ['a page beyond the list', '?from=month:2008-06&page=9'],
    ['nonsense', '?from=shelf:3&page=x'],
  ])('reads the article without a list when the context names %s', async (_, query) => {
    renderRoute(`/2008/06/red-hat-adopts-kvm${query}`);
    await findHeading('Red Hat adopts KVM');
    expect(await screen.findByRole('navigation', { name: 'Newer and older articles' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Reading list' })).not.toBeInTheDocument();
  });

  it('goes to the next and previous article of the list with j and k (and n and p)', async () => {
    const { user, router } = renderRoute('/2008/06/red-hat-adopts-kvm?from=label:kvm');
    await findHeading('Red Hat adopts KVM');
    await readingList();
    await user.keyboard('j');
    await findHeading('KVM gets live migration');
    await waitFor(() => expect(currentUrl(router)).toBe('/2008/06/kvm-live-migration?from=label%3Akvm'));
    await readingList();
    await user.keyboard('n');
    await findHeading('KVM is merged into Linux 2.6.20');
    expect(await readingList()).toHaveTextContent('4 of 4 in KVM');
    await user.keyboard('j');
    await user.keyboard('p');
    await findHeading('KVM gets live migration');
    await readingList();
    await user.keyboard('k');
    await findHeading('Red Hat adopts KVM');
  });
});
