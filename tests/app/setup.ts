import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { requestLog, server } from './msw-server';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  requestLog.length = 0;
  document.title = '';
});
afterAll(() => server.close());

// jsdom does not scroll; <ScrollRestoration> calls this on every navigation.
window.scrollTo = () => {};
