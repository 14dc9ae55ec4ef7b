import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { readApiFile } from './fixture-api';

const API_PREFIX = '/api/v1/';

/** A handler pattern for one API file (a path from `apiPaths`), for `server.use(...)` overrides. */
export const apiFile = (path: string) => `*${API_PREFIX}${path}`;

/** The happy path: every API file the pipeline wrote for the fixture archive; 404 for the rest. */
export const handlers = [
  http.get(`*${API_PREFIX}*`, ({ request }) => {
    const path = decodeURIComponent(new URL(request.url).pathname.slice(API_PREFIX.length));
    const body = readApiFile(path);
    if (body === null) return HttpResponse.json({ error: 'Not found' }, { status: 404 });
    return new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } });
  }),
];

export const server = setupServer(...handlers);

/** The API files requested during the current test, in order ("feed/1.json", …). */
export const requestLog: string[] = [];

server.events.on('request:start', ({ request }) => {
  const { pathname } = new URL(request.url);
  if (pathname.startsWith(API_PREFIX)) requestLog.push(decodeURIComponent(pathname.slice(API_PREFIX.length)));
});
