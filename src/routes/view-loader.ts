import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import type { View } from '../data/route-match';
import { loadView } from './load-view';

/** The loader of a view that needs nothing beyond its files: they exist, or it is not found. */
export const viewLoader =
  <V extends View>(queryClient: QueryClient, view: V) =>
  ({ request }: LoaderFunctionArgs) =>
    loadView(queryClient, request, view);
