import { HttpError, InvalidResponseError, NetworkError } from './errors';
import type { SearchPage, SearchRequest } from './search-page';

/** An error as it crosses from the search worker to the page (an Error's class does not). */
export type ErrorData =
  | { kind: 'http'; url: string; status: number }
  | { kind: 'network'; url: string }
  | { kind: 'invalid'; url: string; problem: string }
  | { kind: 'other'; message: string };

export type SearchAsk = { id: number; request: SearchRequest };
export type SearchReply = { id: number; page: SearchPage } | { id: number; error: ErrorData };

export function errorToData(error: unknown): ErrorData {
  if (error instanceof HttpError) return { kind: 'http', url: error.url, status: error.status };
  if (error instanceof NetworkError) return { kind: 'network', url: error.url };
  if (error instanceof InvalidResponseError)
    return { kind: 'invalid', url: error.url, problem: error.problem };
  return { kind: 'other', message: error instanceof Error ? error.message : String(error) };
}

export function errorFromData(data: ErrorData): Error {
  switch (data.kind) {
    case 'http':
      return new HttpError(data.url, data.status);
    case 'network':
      return new NetworkError(data.url);
    case 'invalid':
      return new InvalidResponseError(data.url, data.problem);
    case 'other':
      return new Error(data.message);
  }
}
