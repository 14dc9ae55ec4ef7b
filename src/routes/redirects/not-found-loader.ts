import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { loadView } from '../load-view';
import { notFoundOrRedirect } from '../not-found-or-redirect';

/** Any URL no view claims: an old permalink to redirect, or the not-found view. */
export const notFoundLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    await loadView(queryClient, request, 'not-found');
    return notFoundOrRedirect(queryClient, new URL(request.url));
  };
