import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NetworkError } from '../../src/data/errors';
import { matchUrl } from '../../src/data/route-match';
import { searchInWorker } from '../../src/data/search-in-worker';
import type { SearchHit } from '../../src/data/search-page';
import { markViewShown, resetViewShown } from '../../src/lib/view-shown';
import { fakeSearch, hitOf, pageOf } from './search-fake';
import { currentUrl, findHeading, renderRoute } from './render-route';

// The Pagefind index is not loaded in jsdom: a fake over the fixture archive answers instead.
vi.mock(import('../../src/data/search-in-worker'), () => ({ searchInWorker: vi.fn() }));
const search = vi.mocked(searchInWorker);

beforeEach(() => {
  search.mockReset();
  search.mockImplementation(fakeSearch);
});

const results = () => within(screen.getByRole('main')).queryAllByRole('article');
const resultTitles = () => results().map((a) => within(a).getByRole('heading', { level: 2 }).textContent);
/** A page opened at a search shows its heading first, then its results. */
const findResults = () => within(screen.getByRole('main')).findAllByRole('article');
const searchBox = () => screen.getByRole('searchbox', { name: 'Search the archive' });

describe('the search view', () => {
  it('lists the matching articles with the matched words highlighted', async () => {
    renderRoute('/search?q=kvm');
    expect(await findHeading('Search: “kvm”')).toBeInTheDocument();
    await findResults();
    expect(resultTitles()).toEqual([
      'Red Hat buys Qumranet',
      'Red Hat adopts KVM',
      'KVM gets live migration',
      'KVM is merged into Linux 2.6.20',
    ]);
    expect(screen.getByText('4 articles, best matches first')).toBeInTheDocument();
    const first = results()[0]!;
    expect(within(first).getByRole('link', { name: 'Red Hat buys Qumranet' })).toHaveAttribute(
      'href',
      '/2008/09/red-hat-buys-qumranet',
    );
    expect(first.querySelector('mark')).toHaveTextContent('KVM');
    expect(first).toHaveTextContent('Red Hat acquires the company that created KVM for $107 million.');
    expect(within(first).getByRole('link', { name: 'Red Hat' })).toHaveAttribute('href', '/label/red-hat');
    expect(searchBox()).toHaveValue('kvm');
    await waitFor(() => expect(document.title).toBe('Search: kvm — Fixture Archive'));
    expect(search).toHaveBeenCalledWith({ q: 'kvm', label: null, month: null, page: 1 });
  });

  it('shows only <mark> of an excerpt as markup; anything else stays text', async () => {
    const [hit] = (await fakeSearch({ q: 'kvm', label: null, month: null, page: 1 })).items;
    search.mockResolvedValue(
      pageOf(
        [
          {
            ...hit!,
            excerpt:
              '<script>alert(1)</script> <b>bold</b> <img src=x onerror="alert(2)"> <mark>KVM</mark> &amp; <mark><i>x</i></mark>',
          },
        ],
        1,
      ),
    );
    renderRoute('/search?q=kvm');
    await findHeading('Search: “kvm”');
    const result = (await findResults())[0]!;
    expect(result.querySelectorAll('script, b, img, i')).toHaveLength(0);
    expect([...result.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['KVM', '<i>x</i>']);
    expect(result).toHaveTextContent(
      '<script>alert(1)</script> <b>bold</b> <img src=x onerror="alert(2)"> KVM &amp;',
    );
  });

  it('pages the results, and the URL holds the page', async () => {
    const [article] = (await fakeSearch({ q: 'kvm', label: null, month: null, page: 1 })).items;
    const many: SearchHit[] = Array.from({ length: 25 }, (_, i) => ({
      ...article!,
      slug: `result-${i + 1}`,
      title: `Result ${i + 1}`,
    }));
    search.mockImplementation(async ({ page }) => pageOf(many, page));
    const { user, router } = renderRoute('/search?q=many');
    await findHeading('Search: “many”');
    await findResults();
    expect(resultTitles()).toHaveLength(10);
    expect(resultTitles()[0]).toBe('Result 1');
    expect(screen.getByText('25 articles, best matches first · page 1 of 3')).toBeInTheDocument();
    const pagination = screen.getByRole('navigation', { name: 'Pagination' });
    expect(within(pagination).getByRole('link', { name: 'Page 3' })).toHaveAttribute(
      'href',
      '/search?q=many&page=3',
    );

    await user.click(within(pagination).getByRole('link', { name: /older/i }));
    await waitFor(() => expect(resultTitles()[0]).toBe('Result 11'));
    expect(currentUrl(router)).toBe('/search?q=many&page=2');
    expect(search).toHaveBeenLastCalledWith({ q: 'many', label: null, month: null, page: 2 });
    await waitFor(() => expect(document.title).toBe('Search: many, page 2 — Fixture Archive'));
  });

  it('says plainly when nothing matches, and how to find something', async () => {
    renderRoute('/search?q=floppy');
    await findHeading('Search: “floppy”');
    const main = screen.getByRole('main');
    expect(main).toHaveTextContent('No articles match “floppy”.');
    expect(main).toHaveTextContent(/Check the spelling/);
    expect(within(main).getByRole('link', { name: 'labels' })).toHaveAttribute('href', '/labels');
    expect(within(main).getByRole('link', { name: 'archive' })).toHaveAttribute('href', '/archive');
    expect(results()).toHaveLength(0);
    expect(screen.queryByRole('navigation', { name: 'Pagination' })).not.toBeInTheDocument();
  });

  it('offers to drop the filters when nothing matches with them', async () => {
    renderRoute('/search?q=vmware&label=kvm');
    await findHeading('Search: “vmware”');
    const main = screen.getByRole('main');
    expect(main).toHaveTextContent('No articles match “vmware” labelled KVM.');
    expect(within(main).getByRole('link', { name: 'Search all articles for “vmware”' })).toHaveAttribute(
      'href',
      '/search?q=vmware',
    );
  });

  it('combines the words with a label and a month, shown as removable chips', async () => {
    const { user, router } = renderRoute('/search?q=kvm&label=red-hat&month=2008-06');
    await findHeading('Search: “kvm”');
    expect(search).toHaveBeenCalledWith({ q: 'kvm', label: 'red-hat', month: '2008-06', page: 1 });
    expect(resultTitles()).toEqual(['Red Hat adopts KVM']);
    expect(
      screen.getByText('1 article labelled Red Hat in June 2008, best matches first'),
    ).toBeInTheDocument();
    const chips = screen.getByRole('list', { name: 'Active filters' });
    expect(within(chips).getByRole('link', { name: 'Remove filter Label: Red Hat' })).toHaveAttribute(
      'href',
      '/search?q=kvm&month=2008-06',
    );
    await user.click(within(chips).getByRole('link', { name: 'Remove filter Month: June 2008' }));
    await waitFor(() => expect(resultTitles()).toEqual(['Red Hat buys Qumranet', 'Red Hat adopts KVM']));
    expect(currentUrl(router)).toBe('/search?q=kvm&label=red-hat');
  });

  it('narrows to a label or a month of the results shown', async () => {
    const { user, router } = renderRoute('/search?q=hypervisor');
    await findHeading('Search: “hypervisor”');
    const labels = screen.getByRole('region', { name: 'Narrow to a label' });
    expect(within(labels).getByRole('link', { name: 'Xen' })).toHaveAttribute(
      'href',
      '/search?q=hypervisor&label=xen',
    );
    const months = screen.getByRole('region', { name: 'Narrow to a month' });
    expect(
      within(months)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['June 2008', 'August 2007']);
    await user.click(within(labels).getByRole('link', { name: 'Citrix' }));
    await waitFor(() => expect(resultTitles()).toEqual(['Citrix buys XenSource']));
    expect(currentUrl(router)).toBe('/search?q=hypervisor&label=citrix');
    expect(screen.queryByRole('region', { name: 'Narrow to a label' })).not.toBeInTheDocument();
  });

  it.each([
    ['special characters', `C++ <script>alert("x")</script> & 100% "quotes' \\ /`],
    ['a 2,000-character query', 'floppy '.repeat(300).slice(0, 2000)],
  ])('survives %s', async (_, q) => {
    renderRoute(`/search?q=${encodeURIComponent(q)}`);
    const heading = await findHeading(/^Search: /);
    expect(heading.textContent!.length).toBeLessThanOrEqual(200 + 'Search: “”'.length);
    expect(search).toHaveBeenCalledWith({ q, label: null, month: null, page: 1 });
    expect(screen.getByRole('main')).toHaveTextContent(/No articles match/);
    expect(document.querySelector('main script')).toBeNull();
  });

  it('says when a long query was cut', async () => {
    renderRoute(`/search?q=${'kvm '.repeat(100)}`);
    await findHeading(/^Search: /);
    expect(screen.getByText('Only the first 200 characters of your search were used.')).toBeInTheDocument();
  });

  it('shows what went wrong, with Retry, when the search fails', async () => {
    search.mockRejectedValueOnce(new NetworkError('/api/v1/search/pagefind.js'));
    const { user } = renderRoute('/search?q=kvm');
    expect(await findHeading('This page could not be loaded')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/could not be reached/);
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await findHeading('Search: “kvm”')).toBeInTheDocument();
    expect(resultTitles()).toHaveLength(4);
  });

  it('shows the words at once and "Searching…" while a slow search runs', async () => {
    search.mockImplementation(
      (request) => new Promise((resolve) => setTimeout(() => resolve(fakeSearch(request)), 1000)),
    );
    renderRoute('/search?q=kvm');
    await findHeading('Search: “kvm”');
    expect(screen.getByRole('status')).toHaveTextContent('Searching the archive…');
    expect(results()).toHaveLength(0);
    await waitFor(() => expect(results()).toHaveLength(4), { timeout: 3000 });
    expect(screen.queryByText('Searching the archive…')).not.toBeInTheDocument();
  });

  it('shows a slow search that fails with Retry too', async () => {
    search.mockImplementationOnce(
      () => new Promise((_, reject) => setTimeout(() => reject(new NetworkError('/api/v1/search/')), 800)),
    );
    const { user } = renderRoute('/search?q=kvm');
    await findHeading('Search: “kvm”');
    expect(await findHeading('This page could not be loaded')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await findHeading('Search: “kvm”')).toBeInTheDocument();
    await waitFor(() => expect(results()).toHaveLength(4));
  });

  it('invites a search when there are no words yet, without searching', async () => {
    renderRoute('/search');
    expect(await findHeading('Search the archive')).toBeInTheDocument();
    expect(search).not.toHaveBeenCalled();
    await waitFor(() => expect(document.title).toBe('Search — Fixture Archive'));
  });

  it.each([
    ['page 0', '/search?q=kvm&page=0'],
    ['an impossible month', '/search?q=kvm&month=2008-13'],
    ['a label that is not a slug', '/search?q=kvm&label=a%2Fb'],
  ])('shows not-found for %s', async (_, url) => {
    renderRoute(url);
    expect(await findHeading('Page not found')).toBeInTheDocument();
  });

  it('shows not-found for a page beyond the last reached from another view', async () => {
    markViewShown();
    renderRoute('/search?q=kvm&page=2');
    expect(await findHeading('Page not found')).toBeInTheDocument();
  });

  it('says so, with a link to the first page, when a page beyond the last is opened directly', async () => {
    // Opened directly, the view shows before the engine has loaded, so the view tells the page is past the end.
    resetViewShown();
    renderRoute('/search?q=kvm&page=2');
    expect(await screen.findByText(/There is no page 2 of these results/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See the first page' })).toHaveAttribute('href', '/search?q=kvm');
  });

  it('sends page=1 to the same search without a page', async () => {
    const { router } = renderRoute('/search?q=kvm&page=1');
    await findHeading('Search: “kvm”');
    expect(currentUrl(router)).toBe('/search?q=kvm');
  });
});

describe('the search box in the header', () => {
  it('is a labelled search landmark that searches from any view', async () => {
    const { user, router } = renderRoute('/labels');
    await findHeading('Labels');
    expect(screen.getByRole('search')).toContainElement(searchBox());
    await user.type(searchBox(), '  live migration {Enter}');
    await findHeading('Search: “live migration”');
    expect(currentUrl(router)).toBe('/search?q=live+migration');
    expect(resultTitles()).toEqual(['KVM gets live migration']);
  });

  it('keeps the filters of the search view for a new search', async () => {
    const { user, router } = renderRoute('/search?q=kvm&label=red-hat');
    await findHeading('Search: “kvm”');
    await user.clear(searchBox());
    await user.type(searchBox(), 'qumranet{Enter}');
    await findHeading('Search: “qumranet”');
    expect(currentUrl(router)).toBe('/search?q=qumranet&label=red-hat');
  });

  it('gets focus with /, but not while the reader types in a field', async () => {
    const { user } = renderRoute('/');
    await findHeading('Newest articles');
    await user.keyboard('/');
    expect(searchBox()).toHaveFocus();
    expect(searchBox()).toHaveValue('');
    const field = document.createElement('textarea');
    document.body.append(field);
    try {
      await user.click(field);
      await user.keyboard('a/b');
      expect(field).toHaveFocus();
      expect(field).toHaveValue('a/b');
    } finally {
      field.remove();
    }
  });
});

describe('search URLs', () => {
  it.each([
    ['/search', { view: 'search', q: '', label: null, month: null, page: 1 }],
    ['/search?q=live+migration', { view: 'search', q: 'live migration', label: null, month: null, page: 1 }],
    [
      '/search?q=%22C%2B%2B%22&label=c-plus-plus&month=2008-06&page=3',
      { view: 'search', q: '"C++"', label: 'c-plus-plus', month: '2008-06', page: 3 },
    ],
    ['/search?q=kvm&page=1', { view: 'redirect', to: '/search?q=kvm' }],
    ['/search?q=kvm&page=x', { view: 'not-found' }],
    ['/search/more', { view: 'not-found' }],
  ])('reads %s', (url, target) => {
    expect(matchUrl(url)).toEqual(target);
  });
});

describe('a hit', () => {
  it('is built from the same summary the lists show', () => {
    const hit = hitOf({
      slug: 's',
      title: 'T',
      published: '2008-06-01T00:00:00Z',
      month: '2008-06',
      author: 'A',
      labels: [{ name: 'KVM', slug: 'kvm' }],
      summary: 'S',
    });
    expect(hit).toEqual({
      slug: 's',
      title: 'T',
      published: '2008-06-01T00:00:00Z',
      month: '2008-06',
      author: 'A',
      summary: 'S',
      labels: ['kvm'],
      excerpt: 'S',
    });
  });
});
