function decodePath(path: string): string {
  try {
    // decodeURI leaves %2F and %3F encoded, so the path keeps its shape.
    return decodeURI(path).normalize('NFC');
  } catch {
    return path;
  }
}

/**
 * The path (and query) of an old permalink, percent-decoded so that `%D0%BF` and `%d0%bf` are one
 * path: `https://blog.example.com/2008/06/red-hat-adopts-kvm.html` → `/2008/06/red-hat-adopts-kvm.html`.
 * Null when it is not a link to a page of the blog.
 */
export function permalinkPath(url: string): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url, 'http://blog.invalid');
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const decoded = decodePath(parsed.pathname);
  // A path with an encoded space stays encoded: aliases are whitespace-free paths.
  const path = (/\s/.test(decoded) ? parsed.pathname : decoded) + parsed.search;
  return path === '/' ? null : path;
}

/** The last segment of a permalink path without its extension: `/2008/06/kvm-lands.html` → `kvm-lands`. */
export function slugOfPath(path: string): string | null {
  const last = path.split('?')[0]!.split('/').filter(Boolean).pop();
  if (!last) return null;
  return last.replace(/\.html?$/i, '') || null;
}

export function decodeSlug(slug: string): string {
  try {
    return decodeURIComponent(slug).normalize('NFC');
  } catch {
    return slug;
  }
}
