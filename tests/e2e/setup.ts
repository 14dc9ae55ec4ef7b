import { afterAll, afterEach, expect } from 'vitest';
import { closeBrowser, closeSessions } from './session';

// Every browser test also proves the page logged no error, threw nothing and broke no CSP rule.
afterEach(async () => {
  expect(await closeSessions(), 'console errors, exceptions or CSP violations').toEqual([]);
});

afterAll(closeBrowser);
