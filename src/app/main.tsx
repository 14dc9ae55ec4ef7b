import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { clearEarlyFetches } from '../data/early-fetch';
import { loadResources } from '../data/load-resource';
import { sidebarResources } from '../data/route-resources';
import { createQueryClient } from './create-query-client';
import { AppProviders } from './providers';
import { createRoutes } from './routes';

const FRAME_WAIT_MS = 400;

const queryClient = createQueryClient();
// Creating the router starts the view's loader and code at once.
const router = createBrowserRouter(createRoutes(queryClient));

const stopWatching = router.subscribe((state) => {
  if (!state.initialized) return;
  clearEarlyFetches();
  stopWatching();
});

function render() {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <AppProviders queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  );
}

// The entry requested the frame's files (site, newest articles, archive, labels) with the view's;
// waiting a moment for them lets the header and sidebar paint complete instead of jumping in.
void Promise.race([
  loadResources(queryClient, sidebarResources).catch(() => {}),
  new Promise((resolve) => setTimeout(resolve, FRAME_WAIT_MS)),
]).then(render);
