// One fixture for every e2e file: the built client served by a console that mirrors a real
// ZooKeeper seeded with the mixed registry, and a Chromium page on it. It registers its own hooks:
// start everything before the file's tests, screenshot a failed test and fail any test during
// which the page threw, and stop everything afterwards (resuming a frozen ZooKeeper first).

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { RunningSwitchboard } from '../../server/switchboard.ts';
import { startTestConsole } from '../support/test-console.ts';
import * as fx from '../fixtures/registry/mixed-registry.ts';
import { launchChromium } from '../support/chromium.ts';
import { DubboRegistrar, javaUrlEncode } from '../support/dubbo-registrar.ts';
import { uniqueChroot, useZooKeeper, type SharedZooKeeper } from '../support/use-zookeeper.ts';
import { ensureClientBuilt } from './client-build.ts';
import { guardEachTest, recordPageErrors, stopAll } from './fixture-hooks.ts';

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface SeededConsole {
  readonly zk: SharedZooKeeper;
  readonly registrar: DubboRegistrar;
  readonly switchboard: RunningSwitchboard;
  readonly page: Page;
}

/** `name` prefixes the chroot and failure screenshots; `showMs` is Playwright's default timeout. */
export function useSeededConsole(name: string, showMs: number): SeededConsole {
  const zk = useZooKeeper();
  let registrar: DubboRegistrar | undefined;
  let switchboard: RunningSwitchboard | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const build = await ensureClientBuilt(REPO_ROOT);
    if (build.built) console.info(`e2e: built the client in ${build.durationMs} ms`);
    const chroot = await uniqueChroot(zk, `e2e-${name}`);
    registrar = await DubboRegistrar.connect(`${zk.connectString}${chroot}`);
    await fx.seedMixedRegistry(registrar, javaUrlEncode);
    switchboard = await startTestConsole(`zookeeper://${zk.connectString}${chroot}?session=4000`, { version: 'e2e', clientDir: build.clientDir });
    browser = await launchChromium();
    context = await browser.newContext({ baseURL: switchboard.url, viewport: { width: 1440, height: 900 } });
    context.setDefaultTimeout(showMs);
    page = await context.newPage();
    recordPageErrors(page, pageErrors);
  }, 300_000);

  // Runs before useZooKeeper's own afterAll stops the server (vitest runs after-hooks in reverse).
  afterAll(async () => {
    try {
      zk.server.resume(); // a frozen ZooKeeper would stall the stops below; harmless when running
    } catch {
      // ZooKeeper never started: nothing to resume.
    }
    await stopAll([() => browser?.close(), () => switchboard?.stop(), () => registrar?.close()]);
  });

  guardEachTest(name, () => page, pageErrors);

  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`useSeededConsole(): ${what} is only available inside tests`);
    return value;
  };
  return {
    zk,
    get registrar() {
      return ready(registrar, 'the registrar');
    },
    get switchboard() {
      return ready(switchboard, 'the console');
    },
    get page() {
      return ready(page, 'the page');
    },
  };
}
