import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchBrowser } from './browser';
import { SETTLE_TIMEOUT } from './view';

export type Session = {
  page: Page;
  context: BrowserContext;
  /** The decoded path (and query) of every `/api/` request the page started, in order. */
  apiRequests: string[];
  /** Console errors, uncaught exceptions and CSP violations: each test ends with none. */
  problems: string[];
  /** Lets a test expect a problem, e.g. the console's note about a 404 on a not-found page. */
  tolerate: (pattern: RegExp) => void;
};

let browser: Promise<Browser> | undefined;
let sessions: { session: Session; tolerated: RegExp[] }[] = [];

// Runs before the app (Playwright injects it over CDP, so the page's CSP does not apply to it).
function reportCspViolations(): void {
  document.addEventListener('securitypolicyviolation', (event) => {
    console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
  });
}

/** A fresh browser context (empty cache, no cookies) on `path` of the served build. */
export async function openPage(
  path = '/',
  { viewport = { width: 1280, height: 800 } }: { viewport?: { width: number; height: number } } = {},
): Promise<Session> {
  browser ??= launchBrowser();
  const context = await (await browser).newContext({ baseURL: inject('baseURL'), viewport });
  context.setDefaultTimeout(SETTLE_TIMEOUT);
  await context.addInitScript(reportCspViolations);
  const page = await context.newPage();
  const tolerated: RegExp[] = [];
  const session: Session = {
    page,
    context,
    apiRequests: [],
    problems: [],
    tolerate: (pattern) => tolerated.push(pattern),
  };
  sessions.push({ session, tolerated });
  page.on('console', (message) => {
    if (message.type() === 'error') session.problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => session.problems.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/')) session.apiRequests.push(decodeURIComponent(url.pathname));
  });
  await page.goto(path);
  return session;
}

/** Closes the test's pages and returns the problems they logged that the test did not expect. */
export async function closeSessions(): Promise<string[]> {
  const closing = sessions;
  sessions = [];
  await Promise.all(closing.map(({ session }) => session.context.close()));
  return closing.flatMap(({ session, tolerated }) =>
    session.problems.filter((problem) => !tolerated.some((pattern) => pattern.test(problem))),
  );
}

export async function closeBrowser(): Promise<void> {
  const launched = browser;
  browser = undefined;
  if (launched) await (await launched).close();
}
