// An e2e fixture for a console whose registry is unreachable: the built client served by a console
// pointed at a loopback port nothing listens on, and a Chromium page on it. Nothing waits for a sync
// (there is none). `startRegistry()` starts a real ZooKeeper on that very port, to watch the console
// recover. Hooks: screenshot a failed test, fail a test during which the page threw, stop everything.

import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startSwitchboard, type RunningSwitchboard } from '../../server/switchboard.ts';
import { launchChromium } from '../support/chromium.ts';
import { startZooKeeper, type ZooKeeperProcess } from '../support/zookeeper-server.ts';
import { ensureClientBuilt } from './client-build.ts';
import { guardEachTest, recordPageErrors, stopAll } from './fixture-hooks.ts';

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface UnreachableConsole {
  /** The port the console tries to reach, 127.0.0.1:<port>. */
  readonly registryPort: number;
  readonly page: Page;
  /** Starts ZooKeeper on the registry port (once); it is stopped with the rest. */
  startRegistry(): Promise<void>;
}

export function useUnreachableConsole(name: string, showMs: number): UnreachableConsole {
  let registryPort: number | undefined;
  let switchboard: RunningSwitchboard | undefined;
  let zookeeper: ZooKeeperProcess | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const build = await ensureClientBuilt(REPO_ROOT);
    if (build.built) console.info(`e2e: built the client in ${build.durationMs} ms`);
    registryPort = await closedPort();
    switchboard = await startSwitchboard({
      registry: `zookeeper://127.0.0.1:${registryPort}`,
      host: '127.0.0.1',
      port: 0,
      logger: pino({ level: 'silent' }),
      version: 'e2e',
      clientDir: build.clientDir,
    });
    browser = await launchChromium();
    const context = await browser.newContext({ baseURL: switchboard.url, viewport: { width: 1440, height: 900 } });
    context.setDefaultTimeout(showMs);
    page = await context.newPage();
    recordPageErrors(page, pageErrors);
  }, 300_000);

  afterAll(async () => {
    await stopAll([() => browser?.close(), () => switchboard?.stop(), () => zookeeper?.stop()]);
  });

  guardEachTest(name, () => page, pageErrors);

  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`useUnreachableConsole(): ${what} is only available inside tests`);
    return value;
  };
  return {
    get registryPort() {
      return ready(registryPort, 'the registry port');
    },
    get page() {
      return ready(page, 'the page');
    },
    async startRegistry() {
      zookeeper ??= await startZooKeeper({ port: ready(registryPort, 'the registry port') });
    },
  };
}

/** A loopback port nothing listens on (bound, then released). */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 1));
    });
  });
}
