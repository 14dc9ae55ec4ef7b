import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import type { LoaderFunction, RouteObject } from 'react-router';
import { ArticleSkeleton, IndexSkeleton, ListSkeleton } from '../components/skeletons';
import type { View } from '../data/route-match';
import { articleLoader } from '../routes/article/article-loader';
import { notFoundLoader } from '../routes/redirects/not-found-loader';
import { searchLoader } from '../routes/search/search-loader';
import { viewLoader } from '../routes/view-loader';
import { yearLoader } from '../routes/year/year-loader';
import { Layout } from './layout';
import { RootError } from './root-error';
import { RouteError } from './route-error';
import { viewComponents } from './view-components';

/**
 * The route table. Loaders are small and part of the main bundle, so a navigation starts its
 * requests at once while the view's code (lazy) loads in parallel. Each view's skeleton shows
 * inside the frame while its first load is pending.
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  const route = (view: View, loader: LoaderFunction, Skeleton: ComponentType) => {
    const Component = viewComponents[view];
    return {
      loader,
      HydrateFallback: Skeleton,
      handle: { view },
      ...(Component && { lazy: { Component } }),
    };
  };
  // Functions, not shared objects: React Router fills each route's `lazy` object in place.
  const feed = () => route('feed', viewLoader(queryClient, 'feed'), ListSkeleton);
  const month = () => route('month', viewLoader(queryClient, 'month'), ListSkeleton);
  const label = () => route('label', viewLoader(queryClient, 'label'), ListSkeleton);

  return [
    {
      id: 'root',
      Component: Layout,
      ErrorBoundary: RootError,
      children: [
        {
          id: 'views',
          ErrorBoundary: RouteError,
          children: [
            { index: true, ...feed() },
            { path: 'page/:page', ...feed() },
            { path: 'archive', ...route('archive', viewLoader(queryClient, 'archive'), IndexSkeleton) },
            { path: 'labels', ...route('labels', viewLoader(queryClient, 'labels'), IndexSkeleton) },
            { path: 'label/:label', ...label() },
            { path: 'label/:label/page/:page', ...label() },
            { path: 'search', ...route('search', searchLoader(queryClient), ListSkeleton) },
            {
              path: 'search/label/:label',
              ...route('redirect', viewLoader(queryClient, 'redirect'), ListSkeleton),
            },
            { path: ':year', ...route('year', yearLoader(queryClient), IndexSkeleton) },
            { path: ':year/:month', ...month() },
            { path: ':year/:month/page/:page', ...month() },
            { path: ':year/:month/:slug', ...route('article', articleLoader(queryClient), ArticleSkeleton) },
            { path: '*', ...route('not-found', notFoundLoader(queryClient), IndexSkeleton) },
          ],
        },
      ],
    },
  ];
}
