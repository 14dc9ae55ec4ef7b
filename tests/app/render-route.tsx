import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createQueryClient } from '../../src/app/create-query-client';
import { AppProviders } from '../../src/app/providers';
import { createRoutes } from '../../src/app/routes';

/** Renders the real route table at `url`, with a fresh QueryClient (no retries, so errors show at once). */
export function renderRoute(url: string) {
  const queryClient = createQueryClient({ retry: false });
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [url] });
  const user = userEvent.setup();
  const view = render(
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, router, queryClient, user };
}

/** The view's one <h1>, once it has loaded. */
export function findHeading(name?: string | RegExp) {
  return screen.findByRole('heading', { level: 1, ...(name !== undefined && { name }) }, { timeout: 10_000 });
}

/** The URL the router shows now (path and query). */
export function currentUrl(router: ReturnType<typeof createMemoryRouter>): string {
  const { pathname, search } = router.state.location;
  return pathname + search;
}
