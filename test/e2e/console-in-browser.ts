// The e2e skeleton every fixture shares: one Chromium per test file (and the built client), and per
// test a console started by the fixture plus a fresh browser context and page on it. Hooks: screenshot
// a failed test and fail any test during which the page threw, then close the page and stop the
// console; the browser closes after the file. A console per test keeps tests from seeing each other's
// writes; the browser, the slow part to start, is shared.

import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { launchChromium } from '../support/chromium.ts';
import { ensureClientBuilt } from './client-build.ts';
import { guardEachTest, recordPageErrors, stopAll } from './fixture-hooks.ts';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ConsoleUnderTest {
  readonly url: string;
  stop(): Promise<void>;
}

export interface ConsoleInBrowser<T extends ConsoleUnderTest> {
  /** What `start` returned for the running test. */
  readonly current: T;
  readonly page: Page;
}

/** `name` prefixes failure screenshots; `showMs` is Playwright's default timeout; `start` gets the client's dir. */
export function useConsoleInBrowser<T extends ConsoleUnderTest>(
  name: string,
  showMs: number,
  start: (clientDir: string) => Promise<T>,
): ConsoleInBrowser<T> {
  let clientDir: string | undefined;
  let browser: Browser | undefined;
  let current: T | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const build = await ensureClientBuilt(REPO_ROOT);
    if (build.built) console.info(`e2e: built the client in ${build.durationMs} ms`);
    clientDir = build.clientDir;
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    if (!browser || clientDir === undefined) throw new Error('useConsoleInBrowser(): Chromium did not start');
    current = await start(clientDir);
    context = await browser.newContext({ baseURL: current.url, viewport: { width: 1440, height: 900 } });
    context.setDefaultTimeout(showMs);
    page = await context.newPage();
    recordPageErrors(page, pageErrors);
  });

  // Registered before guardEachTest, so it runs after it (after-hooks run in reverse): the failure
  // screenshot is taken while the page is still open.
  afterEach(async () => {
    const [closing, stopping] = [context, current];
    context = undefined;
    current = undefined;
    page = undefined;
    await stopAll([() => closing?.close(), () => stopping?.stop()]);
  });

  guardEachTest(name, () => page, pageErrors);

  const ready = <V>(value: V | undefined, what: string): V => {
    if (value === undefined) throw new Error(`useConsoleInBrowser(): ${what} is only available inside tests`);
    return value;
  };
  return {
    get current() {
      return ready(current, 'the console');
    },
    get page() {
      return ready(page, 'the page');
    },
  };
}
