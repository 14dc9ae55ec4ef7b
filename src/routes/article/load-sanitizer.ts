export type Sanitizer = typeof import('./sanitize-html');

let loading: Promise<Sanitizer> | undefined;
let loaded: Sanitizer | undefined;

/**
 * The sanitizer (DOMPurify) is the heaviest part of the article view, so it loads once the title
 * is on screen, or earlier when an article link is hovered.
 */
export function loadSanitizer(): Promise<Sanitizer> {
  loading ??= import('./sanitize-html').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The sanitizer if it has already loaded, so a body can render at once. */
export function loadedSanitizer(): Sanitizer | undefined {
  return loaded;
}
