import './styles/app.css';
import { apiUrl } from './data/api-url';
import { startEarlyFetches } from './data/early-fetch';
import { apiPathOf } from './data/resources';
import { matchUrl } from './data/route-match';
import { sidebarResources, viewResources } from './data/route-resources';

// Start the current view's API requests now, while the app's JavaScript is still downloading.
const resources = [...viewResources(matchUrl(window.location.href)), ...sidebarResources];
startEarlyFetches([...new Set(resources.map((r) => apiUrl(apiPathOf(r))))]);

import('./app/main').catch(() => {
  const root = document.getElementById('root');
  if (root) root.textContent = 'The reader could not load. Please check your connection and reload the page.';
});
