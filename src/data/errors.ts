/** The server answered with a status other than 2xx. A 404 means "no such page". */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly url: string,
    readonly status: number,
  ) {
    super(`${url} answered with HTTP ${status}`);
  }
}

/** The request never got an answer (offline, DNS, connection reset, CORS). */
export class NetworkError extends Error {
  override name = 'NetworkError';
  constructor(
    readonly url: string,
    options?: { cause?: unknown },
  ) {
    super(`Could not reach ${url}`, options);
  }
}

/** The answer was not JSON, or not JSON of the shape the API contract promises. */
export class InvalidResponseError extends Error {
  override name = 'InvalidResponseError';
  constructor(
    readonly url: string,
    readonly problem: string,
  ) {
    super(`${url}: ${problem}`);
  }
}

export function isNotFoundError(error: unknown): boolean {
  return error instanceof HttpError && error.status === 404;
}
