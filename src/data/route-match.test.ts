import { QueryClient } from '@tanstack/react-query';
import { matchRoutes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createRoutes } from '../app/routes';
import { matchUrl } from './route-match';

describe('matchUrl', () => {
  it.each([
    ['/', { view: 'feed', page: 1 }],
    ['/page/3', { view: 'feed', page: 3 }],
    ['/page/1', { view: 'redirect', to: '/' }],
    [
      '/2008/06/red-hat-adopts-kvm',
      { view: 'article', slug: 'red-hat-adopts-kvm', month: '2008-06', legacy: false },
    ],
    [
      '/2008/06/red-hat-adopts-kvm.html',
      { view: 'article', slug: 'red-hat-adopts-kvm', month: '2008-06', legacy: true },
    ],
    [
      '/2008/13/red-hat-adopts-kvm',
      { view: 'article', slug: 'red-hat-adopts-kvm', month: null, legacy: false },
    ],
    ['/archive', { view: 'archive' }],
    ['/2008', { view: 'year', year: '2008' }],
    ['/2008/06', { view: 'month', month: '2008-06', page: 1, label: null }],
    ['/2008/06/page/2?label=kvm', { view: 'month', month: '2008-06', page: 2, label: 'kvm' }],
    ['/2008/06/page/1?label=kvm', { view: 'redirect', to: '/2008/06?label=kvm' }],
    ['/labels', { view: 'labels' }],
    ['/label/red-hat', { view: 'label', label: 'red-hat', page: 1, month: null }],
    ['/label/kvm/page/2?month=2008-06', { view: 'label', label: 'kvm', page: 2, month: '2008-06' }],
    ['/label/c%2B%2B', { view: 'label', label: 'c++', page: 1, month: null }],
    ['/search/label/Red%20Hat', { view: 'redirect', to: '/label/red-hat' }],
    ['/search/label/C++', { view: 'redirect', to: '/label/c-plus-plus' }],
  ])('reads %s', (url, target) => {
    expect(matchUrl(url)).toEqual(target);
  });

  it.each([
    '/2012/13',
    '/2012/00',
    '/abcd',
    '/page/0',
    '/page/x',
    '/2008/06/page/0',
    '/label/kvm?month=2008-13',
    '/2008/06?label=..',
    '/2008/06?label=a%2Fb',
    '/label/%E0%A4%A',
    '/archive/more',
    '/2008/06/a/b',
  ])('finds nothing at %s', (url) => {
    expect(matchUrl(url)).toEqual({ view: 'not-found' });
  });
});

describe('the route table', () => {
  const routes = createRoutes(new QueryClient());
  const viewOfRoute = (url: string) => {
    const leaf = matchRoutes(routes, url)?.at(-1)?.route;
    return (leaf?.handle as { view?: string } | undefined)?.view;
  };

  it.each([
    '/',
    '/page/2',
    '/2008/06/red-hat-adopts-kvm',
    '/2008/06/page',
    '/archive',
    '/2008',
    '/2008/06',
    '/2008/06/page/2',
    '/labels',
    '/label/kvm',
    '/label/kvm/page/2',
  ])('sends %s to the view matchUrl names, so loaders and the early fetch agree', (url) => {
    expect(viewOfRoute(url)).toBe(matchUrl(url).view);
  });

  it('sends Blogger label searches to a redirect and everything else to not-found', () => {
    expect(viewOfRoute('/search/label/KVM')).toBe('redirect');
    expect(viewOfRoute('/what/ever/this/is')).toBe('not-found');
  });
});
