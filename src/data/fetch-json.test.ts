import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { server } from '../../tests/app/msw-server';
import { apiUrl } from './api-url';
import { clearEarlyFetches, startEarlyFetches } from './early-fetch';
import { HttpError, InvalidResponseError, NetworkError } from './errors';
import { fetchJson } from './fetch-json';

const Schema = v.object({ title: v.string(), count: v.number() });
const respond = (resolver: Parameters<typeof http.get>[1]) =>
  server.use(http.get('*/api/v1/test.json', resolver));

afterEach(() => clearEarlyFetches());

describe('fetchJson', () => {
  it('asks for JSON and returns data that matches the schema', async () => {
    let accept: string | null = null;
    respond(({ request }) => {
      accept = request.headers.get('Accept');
      return HttpResponse.json({ title: 'KVM', count: 4 });
    });
    await expect(fetchJson('test.json', Schema)).resolves.toEqual({ title: 'KVM', count: 4 });
    expect(accept).toBe('application/json');
  });

  it('turns an HTTP error status into an HttpError with that status', async () => {
    respond(() => new HttpResponse(null, { status: 404 }));
    const error = await fetchJson('test.json', Schema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).status).toBe(404);
  });

  it('turns a failed request into a NetworkError', async () => {
    respond(() => HttpResponse.error());
    await expect(fetchJson('test.json', Schema)).rejects.toBeInstanceOf(NetworkError);
  });

  it('turns a body that is not JSON into an InvalidResponseError', async () => {
    respond(() => new HttpResponse('<!doctype html><p>fallback page</p>'));
    await expect(fetchJson('test.json', Schema)).rejects.toThrow(/test\.json: the answer is not valid JSON/);
  });

  it('names the fields that do not match the schema', async () => {
    respond(() => HttpResponse.json({ title: 7, count: 'many' }));
    const error = await fetchJson('test.json', Schema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).problem).toMatch(/^unexpected data — title: .*; count: /);
  });

  it('uses a response the entry module already requested, once', async () => {
    let requests = 0;
    respond(() => {
      requests += 1;
      return HttpResponse.json({ title: 'early', count: requests });
    });
    startEarlyFetches([apiUrl('test.json')]);
    await expect(fetchJson('test.json', Schema)).resolves.toEqual({ title: 'early', count: 1 });
    await expect(fetchJson('test.json', Schema)).resolves.toEqual({ title: 'early', count: 2 });
    expect(requests).toBe(2);
  });
});
