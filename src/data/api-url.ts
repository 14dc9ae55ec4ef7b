const DEFAULT_API_BASE = '/api/v1/';

function apiBase(): string {
  const base = import.meta.env.VITE_API_BASE || DEFAULT_API_BASE;
  return base.endsWith('/') ? base : `${base}/`;
}

/**
 * The absolute URL of an API file (`apiPaths.*`): fetch in Node (tests) needs absolute URLs. From
 * the page's location, which the search worker has too (it has no `window`).
 */
export function apiUrl(path: string): string {
  return new URL(apiBase() + path, globalThis.location.href).href;
}
