import * as v from 'valibot';
import { apiUrl } from './api-url';
import { JSON_HEADERS, takeEarlyFetch } from './early-fetch';
import { HttpError, InvalidResponseError, NetworkError } from './errors';

function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const shown = issues.slice(0, 3).map((issue) => {
    const path = v.getDotPath(issue);
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  const more = issues.length > shown.length ? ` (and ${issues.length - shown.length} more)` : '';
  return `unexpected data — ${shown.join('; ')}${more}`;
}

async function request(url: string, signal?: AbortSignal): Promise<Response> {
  try {
    return await (takeEarlyFetch(url) ?? fetch(url, { headers: JSON_HEADERS, signal }));
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new NetworkError(url, { cause: error });
  }
}

/** Fetches an API file (a path from `apiPaths`) and returns it only if it matches `schema`. */
export async function fetchJson<S extends v.GenericSchema>(
  path: string,
  schema: S,
  signal?: AbortSignal,
): Promise<v.InferOutput<S>> {
  const url = apiUrl(path);
  const response = await request(url, signal);
  if (!response.ok) throw new HttpError(url, response.status);

  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new NetworkError(url, { cause: error });
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new InvalidResponseError(url, 'the answer is not valid JSON');
  }
  const result = v.safeParse(schema, body);
  if (!result.success) throw new InvalidResponseError(url, describeIssues(result.issues));
  return result.output;
}
