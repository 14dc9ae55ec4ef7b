import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { requestLog, server } from './msw-server';

// Each test renders the whole app; the first in a file also compiles the lazy views on demand,
// which takes seconds on a busy two-core machine.
vi.setConfig({ testTimeout: 30_000 });
configure({ asyncUtilTimeout: 5_000 });

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

// jsdom has <dialog> but not its modal methods; these stand in for what the shortcuts help uses.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.open = true;
};
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  if (!this.open) return;
  this.open = false;
  this.dispatchEvent(new Event('close'));
};
