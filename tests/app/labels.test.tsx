import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { currentUrl, findHeading, renderRoute } from './render-route';

const listedTitles = () =>
  within(screen.getByRole('main'))
    .getAllByRole('article')
    .map((a) => within(a).getByRole('heading', { level: 2 }).textContent);

describe('the labels', () => {
  it('lists every label with its count', async () => {
    renderRoute('/labels');
    expect(await findHeading('Labels')).toBeInTheDocument();
    const main = screen.getByRole('main');
    expect(within(main).getByRole('link', { name: 'KVM' })).toHaveAttribute('href', '/label/kvm');
    expect(within(main).getByRole('link', { name: 'Red Hat' })).toHaveAttribute('href', '/label/red-hat');
    expect(main).toHaveTextContent('KVM (4 articles)');
    expect(main).toHaveTextContent('Linux (1 article)');
    await waitFor(() => expect(document.title).toBe('Labels — Fixture Archive'));
  });
});

describe('a label', () => {
  it("lists the label's articles, paged", async () => {
    renderRoute('/label/kvm');
    expect(await findHeading('Label: KVM')).toBeInTheDocument();
    expect(listedTitles()).toEqual([
      'Red Hat buys Qumranet',
      'Red Hat adopts KVM',
      'KVM gets live migration',
    ]);
    const pagination = screen.getByRole('navigation', { name: 'Pagination' });
    expect(within(pagination).getByRole('link', { name: /older/i })).toHaveAttribute(
      'href',
      '/label/kvm/page/2',
    );
    await waitFor(() => expect(document.title).toBe('Label: KVM — Fixture Archive'));
  });

  it('shows the last page of a label', async () => {
    renderRoute('/label/kvm/page/2');
    await findHeading('Label: KVM');
    expect(listedTitles()).toEqual(['KVM is merged into Linux 2.6.20']);
    await waitFor(() => expect(document.title).toBe('Label: KVM, page 2 — Fixture Archive'));
  });

  it('redirects the old Blogger label search to the label', async () => {
    const { router } = renderRoute('/search/label/Red%20Hat');
    expect(await findHeading('Label: Red Hat')).toBeInTheDocument();
    expect(currentUrl(router)).toBe('/label/red-hat');
  });

  it.each([
    ['an unknown label', '/label/nope'],
    ['a page beyond the last', '/label/kvm/page/3'],
    ['a month without that label', '/label/kvm?month=2009-04'],
    ['an impossible month filter', '/label/kvm?month=2008-13'],
  ])('shows not-found for %s', async (_, url) => {
    renderRoute(url);
    expect(await findHeading('Page not found')).toBeInTheDocument();
  });
});
