import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { articleQuery, feedQuery, monthQuery } from '../../src/data/queries';
import { requestLog } from './msw-server';
import { findHeading, renderRoute } from './render-route';

const main = () => screen.getByRole('main');

describe('prefetching', () => {
  it("loads an article's data on hover, so following the link makes no request", async () => {
    const { user, queryClient } = renderRoute('/');
    await findHeading('Newest articles');
    const link = within(main()).getByRole('link', { name: 'VMware ships vSphere 4' });
    expect(queryClient.getQueryData(articleQuery('vsphere-4').queryKey)).toBeUndefined();

    await user.hover(link);
    await waitFor(() => expect(queryClient.getQueryData(articleQuery('vsphere-4').queryKey)).toBeDefined());
    expect(requestLog).toContain('articles/vsphere-4.json');

    requestLog.length = 0;
    await user.click(link);
    expect(await findHeading('VMware ships vSphere 4')).toBeInTheDocument();
    expect(requestLog).toEqual([]);
  });

  it('loads a list page when its link gets keyboard focus', async () => {
    const { queryClient } = renderRoute('/');
    await findHeading('Newest articles');
    const older = within(screen.getByRole('navigation', { name: 'Pagination' })).getByRole('link', {
      name: /older/i,
    });
    older.focus();
    await waitFor(() => expect(queryClient.getQueryData(feedQuery(2).queryKey)).toBeDefined());
    expect(requestLog).toContain('feed/2.json');
  });

  it('loads a month on hover in the archive widget', async () => {
    const { user, queryClient } = renderRoute('/2008/06/red-hat-adopts-kvm');
    await findHeading('Red Hat adopts KVM');
    const widget = await screen.findByRole('navigation', { name: 'Monthly archive' });
    await user.hover(await within(widget).findByRole('link', { name: 'September 2008 (1)' }));
    await waitFor(() => expect(queryClient.getQueryData(monthQuery('2008-09', 1).queryKey)).toBeDefined());
  });
});

describe('the cache', () => {
  it('makes no request when going back to a list already seen', async () => {
    const { user, router } = renderRoute('/');
    await findHeading('Newest articles');
    await user.click(within(main()).getByRole('link', { name: 'Red Hat buys Qumranet' }));
    await findHeading('Red Hat buys Qumranet');

    requestLog.length = 0;
    await router.navigate(-1);
    expect(await findHeading('Newest articles')).toBeInTheDocument();
    expect(requestLog).toEqual([]);
  });

  it('makes no request when a list is opened again by a link', async () => {
    const { user } = renderRoute('/2008/06');
    await findHeading('June 2008');
    await user.click(within(main()).getByRole('link', { name: 'Red Hat adopts KVM' }));
    await findHeading('Red Hat adopts KVM');

    requestLog.length = 0;
    const widget = await screen.findByRole('navigation', { name: 'Monthly archive' });
    await user.click(within(widget).getByRole('link', { name: 'June 2008 (4)' }));
    expect(await findHeading('June 2008')).toBeInTheDocument();
    expect(requestLog).toEqual([]);
  });
});
