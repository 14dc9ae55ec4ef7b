/**
 * Responses requested by the entry module before the app's JavaScript arrived, keyed by URL.
 * Each is handed out once: the first fetch of that URL takes it, later ones go to the network.
 */
const early = new Map<string, Promise<Response>>();

export const JSON_HEADERS = { Accept: 'application/json' } as const;

export function startEarlyFetches(urls: string[]): void {
  for (const url of urls) {
    if (early.has(url)) continue;
    const response = fetch(url, { headers: JSON_HEADERS, credentials: 'same-origin' });
    // Nobody may be listening yet; the consumer sees the rejection when it takes the promise.
    response.catch(() => {});
    early.set(url, response);
  }
}

export function takeEarlyFetch(url: string): Promise<Response> | undefined {
  const response = early.get(url);
  early.delete(url);
  return response;
}

/** Drops what the first view did not use, so a later visit never gets an old response. */
export function clearEarlyFetches(): void {
  early.clear();
}
