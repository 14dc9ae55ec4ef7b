import { QueryClient } from '@tanstack/react-query';
import { HttpError, NetworkError } from '../data/errors';

/** Worth asking again: the network or the server failed, not the request (404) or the data. */
function isTransient(error: unknown): boolean {
  return error instanceof NetworkError || (error instanceof HttpError && error.status >= 500);
}

export function createQueryClient({ retry = true }: { retry?: boolean } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        gcTime: 60 * 60_000,
        retry: retry ? (failureCount, error) => failureCount < 2 && isTransient(error) : false,
      },
    },
  });
}
