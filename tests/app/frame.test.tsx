import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { findHeading, renderRoute } from './render-route';

describe('the frame around every view', () => {
  it('has a skip link, a header linking home, main, the sidebar and a footer', async () => {
    renderRoute('/labels');
    await findHeading('Labels');
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main');
    const header = screen.getByRole('banner');
    expect(within(header).getByRole('link', { name: 'Fixture Archive' })).toHaveAttribute('href', '/');
    expect(within(header).getByRole('navigation', { name: 'Site' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    expect(screen.getByRole('complementary', { name: 'Sidebar' })).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toHaveTextContent('10 articles, 8 labels');
  });

  it('shows the newest articles in the sidebar with date and excerpt', async () => {
    renderRoute('/labels');
    const newest = await screen.findByRole('region', { name: 'Latest articles' });
    const items = await within(newest).findAllByRole('listitem');
    expect(items.length).toBeGreaterThan(0);
    expect(
      within(items[0]!).getByRole('link', { name: 'Rackspace and NASA launch OpenStack' }),
    ).toHaveAttribute('href', '/2010/07/openstack-launch');
    expect(within(items[0]!).getByText('July 19, 2010')).toHaveAttribute(
      'datetime',
      '2010-07-19T10:00:00-07:00',
    );
    expect(items[0]).toHaveTextContent(/open source cloud platform/);
  });

  it('highlights the current month in the archive widget, with its year expanded', async () => {
    const { user } = renderRoute('/2008/06');
    await findHeading('June 2008');
    const widget = await screen.findByRole('navigation', { name: 'Monthly archive' });
    const year2008 = await within(widget).findByRole('button', { name: '2008 (5)' });
    expect(year2008).toHaveAttribute('aria-expanded', 'true');
    expect(within(widget).getByRole('button', { name: '2010 (1)' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    expect(within(widget).getByRole('link', { name: 'June 2008 (4)' })).toHaveAttribute(
      'aria-current',
      'true',
    );
    expect(within(widget).getByRole('link', { name: 'September 2008 (1)' })).not.toHaveAttribute(
      'aria-current',
    );

    await user.click(within(widget).getByRole('button', { name: '2007 (3)' }));
    expect(within(widget).getByRole('link', { name: 'August 2007 (2)' })).toHaveAttribute('href', '/2007/08');
  });

  it("marks an article's month as current in the archive widget", async () => {
    renderRoute('/2008/09/red-hat-buys-qumranet');
    await findHeading('Red Hat buys Qumranet');
    const widget = await screen.findByRole('navigation', { name: 'Monthly archive' });
    expect(await within(widget).findByRole('link', { name: 'September 2008 (1)' })).toHaveAttribute(
      'aria-current',
      'true',
    );
  });

  it('lists the labels with counts in the sidebar, the current one marked', async () => {
    renderRoute('/label/xen');
    await findHeading('Label: Xen');
    const widget = await screen.findByRole('navigation', { name: 'Labels' });
    expect(await within(widget).findByRole('link', { name: 'KVM (4)' })).toHaveAttribute(
      'href',
      '/label/kvm',
    );
    expect(within(widget).getByRole('link', { name: 'Xen (3)' })).toHaveAttribute('aria-current', 'true');
  });

  it('moves focus to the new heading after a client-side navigation', async () => {
    const { user } = renderRoute('/');
    await findHeading('Newest articles');
    await user.click(within(screen.getByRole('banner')).getByRole('link', { name: 'Labels' }));
    const heading = await findHeading('Labels');
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it('announces the new view to screen readers after a client-side navigation, not on the first load', async () => {
    const { user } = renderRoute('/');
    await findHeading('Newest articles');
    const announcer = document.querySelector('[aria-live="polite"]');
    expect(announcer).toHaveTextContent('');
    await user.click(within(screen.getByRole('main')).getByRole('link', { name: 'Red Hat buys Qumranet' }));
    const heading = await findHeading('Red Hat buys Qumranet');
    await waitFor(() => expect(heading).toHaveFocus());
    await waitFor(() => expect(announcer).toHaveTextContent('Red Hat buys Qumranet — Fixture Archive'));
  });
});
