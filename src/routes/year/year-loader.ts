import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { archiveQuery } from '../../data/queries';
import { loadView } from '../load-view';
import { notFoundOrRedirect } from '../not-found-or-redirect';

export const yearLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const target = await loadView(queryClient, request, 'year');
    const archive = await queryClient.query(archiveQuery());
    if (!archive.years.some((y) => y.year === target.year))
      return notFoundOrRedirect(queryClient, new URL(request.url));
    return target;
  };
