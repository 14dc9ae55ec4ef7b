import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { apiUrl } from '../../src/data/api-url';
import { clearEarlyFetches, startEarlyFetches } from '../../src/data/early-fetch';
import { apiPathOf } from '../../src/data/resources';
import { matchUrl } from '../../src/data/route-match';
import { sidebarResources, viewResources } from '../../src/data/route-resources';
import { requestLog } from './msw-server';
import { findHeading, renderRoute } from './render-route';

/** What src/entry.ts computes from the address bar before the app's code arrives. */
const earlyFiles = (url: string) => [
  ...new Set([...viewResources(matchUrl(url)), ...sidebarResources].map(apiPathOf)),
];

afterEach(() => clearEarlyFetches());

describe('the early fetch of a deep link', () => {
  it.each([
    ['/2008/06/red-hat-adopts-kvm', ['site.json', 'articles/red-hat-adopts-kvm.json']],
    ['/page/2', ['site.json', 'feed/2.json']],
    ['/2008/06?label=kvm', ['labels/kvm/months/2008-06/1.json', 'labels/kvm/months.json', 'labels.json']],
    ['/label/kvm/page/2', ['labels/kvm/2.json', 'labels/kvm/months.json']],
    ['/2008/06/page/2', ['months/2008-06/2.json', 'archive.json']],
    ['/search/label/Red%20Hat', ['labels/red-hat/1.json']],
  ])('knows the files of %s', (url, files) => {
    expect(earlyFiles(url)).toEqual(
      expect.arrayContaining([...files, 'feed/1.json', 'archive.json', 'labels.json']),
    );
  });

  it('hands its responses to the loaders, so each file is requested once', async () => {
    const url = '/2008/06/red-hat-adopts-kvm';
    const files = earlyFiles(url);
    startEarlyFetches(files.map(apiUrl));
    renderRoute(url);
    await findHeading('Red Hat adopts KVM');
    await screen.findByRole('link', { name: 'KVM (4)' });
    expect(requestLog.toSorted()).toEqual(files.toSorted());
  });
});
