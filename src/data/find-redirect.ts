import type { Redirect, Redirects } from '../contract/schemas';

function decodePath(path: string): string {
  try {
    // decodeURI keeps %2F and %3F encoded, as the pipeline does when it records old permalinks.
    return decodeURI(path).normalize('NFC');
  } catch {
    return path;
  }
}

/** Where an old permalink (an imported article's former URL) lives now, if it is one. */
export function findRedirect(redirects: Redirects, url: URL): Redirect['to'] | null {
  const path = decodePath(url.pathname);
  const candidates = url.search ? [path + url.search, path] : [path];
  for (const candidate of candidates) {
    const hit = redirects.redirects.find((r) => r.from === candidate);
    if (hit) return hit.to;
  }
  return null;
}
