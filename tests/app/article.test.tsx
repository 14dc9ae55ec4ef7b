import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { apiPaths } from '../../src/contract/api-paths';
import { readApiJson } from './fixture-api';
import { apiFile, server } from './msw-server';
import { currentUrl, findHeading, renderRoute } from './render-route';

describe('the article view', () => {
  it('shows the title as the one h1, the byline, the body, labels, newer/older and related articles', async () => {
    renderRoute('/2008/06/red-hat-adopts-kvm');
    expect(await findHeading('Red Hat adopts KVM')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);

    const article = screen.getByRole('article', { name: 'Red Hat adopts KVM' });
    expect(within(article).getByText(/^Posted by/)).toHaveTextContent(
      'Posted by Marta Ferri | Friday, June 20, 2008',
    );
    expect(within(article).getByText('Friday, June 20, 2008')).toHaveAttribute(
      'datetime',
      '2008-06-20T12:00:00-07:00',
    );
    expect(
      await within(article).findByText(/will be the hypervisor of its virtualization platform/),
    ).toBeInTheDocument();
    expect(within(article).getByText('Xen is the past and KVM is the future.')).toBeInTheDocument();

    expect(within(article).getByRole('link', { name: 'KVM' })).toHaveAttribute('href', '/label/kvm');
    expect(within(article).getByRole('link', { name: 'Red Hat' })).toHaveAttribute('href', '/label/red-hat');

    const neighbours = screen.getByRole('navigation', { name: 'Newer and older articles' });
    expect(
      within(neighbours).getByRole('link', { name: /Newer.*Citrix makes XenServer free/ }),
    ).toHaveAttribute('href', '/2008/06/citrix-xenserver-free');
    expect(within(neighbours).getByRole('link', { name: /Older.*KVM gets live migration/ })).toHaveAttribute(
      'href',
      '/2008/06/kvm-live-migration',
    );

    const related = screen.getByRole('region', { name: 'Related articles' });
    expect(within(related).getByRole('link', { name: 'Red Hat buys Qumranet' })).toHaveAttribute(
      'href',
      '/2008/09/red-hat-buys-qumranet',
    );
    await waitFor(() => expect(document.title).toBe('Red Hat adopts KVM — Fixture Archive'));
  });

  it("dates an article in the site's time zone, so the day agrees with the month in its URL", async () => {
    // Published 2008-07-01T05:30Z: June 30 in Los Angeles, the fixture site's time zone.
    renderRoute('/2008/06/citrix-xenserver-free');
    await findHeading('Citrix makes XenServer free');
    expect(screen.getByText('Monday, June 30, 2008')).toHaveAttribute('datetime', '2008-07-01T05:30:00Z');
  });

  it('marks external links in the body noopener and keeps internal links inside the app', async () => {
    const { user, router } = renderRoute('/2008/06/red-hat-adopts-kvm');
    await findHeading('Red Hat adopts KVM');
    const external = await screen.findByRole('link', { name: 'oVirt' });
    expect(external.getAttribute('rel')).toMatch(/\bnoopener\b/);

    await user.click(screen.getByRole('link', { name: 'live migration landed' }));
    expect(await findHeading('KVM gets live migration')).toBeInTheDocument();
    expect(currentUrl(router)).toBe('/2008/06/kvm-live-migration');
  });

  it('walks to the older article', async () => {
    const { user } = renderRoute('/2008/06/red-hat-adopts-kvm');
    await findHeading('Red Hat adopts KVM');
    // The links after the text come with the text, a moment after the title.
    const neighbours = await screen.findByRole('navigation', { name: 'Newer and older articles' });
    await user.click(within(neighbours).getByRole('link', { name: /Older/ }));
    expect(await findHeading('KVM gets live migration')).toBeInTheDocument();
  });

  it.each([
    ['a wrong month', '/2008/07/citrix-xenserver-free', '/2008/06/citrix-xenserver-free'],
    ['a wrong year', '/2011/06/red-hat-adopts-kvm', '/2008/06/red-hat-adopts-kvm'],
    ['an impossible month', '/2008/13/red-hat-adopts-kvm', '/2008/06/red-hat-adopts-kvm'],
    ['the old Blogger form', '/2008/06/red-hat-adopts-kvm.html', '/2008/06/red-hat-adopts-kvm'],
    [
      'an old imported permalink',
      '/2008/06/red-hat-adopts-kvm-what-happens-to-xen-now.html',
      '/2008/06/red-hat-adopts-kvm',
    ],
  ])('redirects %s to the canonical URL', async (_, from, to) => {
    const { router } = renderRoute(from);
    await findHeading();
    expect(currentUrl(router)).toBe(to);
  });

  it('shows not-found for an unknown slug, with links back into the archive', async () => {
    renderRoute('/2008/06/no-such-article');
    expect(await findHeading('Page not found')).toBeInTheDocument();
    expect(screen.getByText('/2008/06/no-such-article')).toBeInTheDocument();
    const main = screen.getByRole('main');
    expect(within(main).getByRole('link', { name: 'Newest articles' })).toHaveAttribute('href', '/');
    expect(within(main).getByRole('link', { name: 'Monthly archive' })).toHaveAttribute('href', '/archive');
    expect(within(main).getByRole('link', { name: 'All labels' })).toHaveAttribute('href', '/labels');
    expect(await within(main).findByRole('link', { name: 'July 2010' })).toHaveAttribute('href', '/2010/07');
  });
});

describe('a hostile article body', () => {
  it('runs nothing and strips scripts, event handlers and javascript: links', async () => {
    const path = apiPaths.article('red-hat-adopts-kvm');
    const hostile = {
      ...readApiJson(path),
      html: [
        '<p>Harmless text.</p>',
        '<script>window.__pwned = "script"</script>',
        '<img src="x" onerror="window.__pwned = \'onerror\'">',
        '<a href="javascript:window.__pwned=\'link\'">click me</a>',
        '<iframe src="https://evil.example/"></iframe>',
        '<p onclick="window.__pwned = \'click\'" style="position:fixed">Styled</p>',
      ].join(''),
    };
    server.use(http.get(apiFile(path), () => HttpResponse.json(hostile)));
    const { user } = renderRoute('/2008/06/red-hat-adopts-kvm');
    await findHeading('Red Hat adopts KVM');

    const body = (await screen.findByText('Harmless text.')).closest('.article-body')!;
    expect(body.querySelector('script, iframe')).toBeNull();
    expect(body.querySelector('[onerror], [onclick], [style]')).toBeNull();
    const link = within(body as HTMLElement).getByText('click me');
    expect(link.getAttribute('href') ?? '').not.toMatch(/javascript:/i);
    await user.click(link);
    await user.click(within(body as HTMLElement).getByText('Styled'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as { __pwned?: string }).__pwned).toBeUndefined();
  });
});
