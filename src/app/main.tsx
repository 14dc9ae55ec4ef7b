import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { clearEarlyFetches } from '../data/early-fetch';
import { createQueryClient } from './create-query-client';
import { AppProviders } from './providers';
import { createRoutes } from './routes';

const queryClient = createQueryClient();
const router = createBrowserRouter(createRoutes(queryClient));

const stopWatching = router.subscribe((state) => {
  if (!state.initialized) return;
  clearEarlyFetches();
  stopWatching();
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
