// The e2e fixture for a console in front of a real ZooKeeper seeded with the mixed registry: one
// ZooKeeper and one Chromium per file, and per test a fresh chroot, seed, console (serving the built
// client) and page, so no test sees another's writes. A test may freeze ZooKeeper (zk.server.pause());
// it is resumed before the console stops.

import type { Page } from 'playwright-core';
import type { HttpSecurity } from '../../server/http/auth-setup.ts';
import type { RunningSwitchboard } from '../../server/switchboard.ts';
import type { DubboRegistrar } from '../support/dubbo-registrar.ts';
import { startSeededSwitchboard } from '../support/seeded-switchboard.ts';
import { useZooKeeper, type SharedZooKeeper } from '../support/use-zookeeper.ts';
import { useConsoleInBrowser } from './console-in-browser.ts';

export interface SeededConsole {
  readonly zk: SharedZooKeeper;
  readonly registrar: DubboRegistrar;
  readonly switchboard: RunningSwitchboard;
  readonly page: Page;
}

export interface SeededConsoleOptions {
  /** Builds the console's security per test (e.g. users mode: `() => usersSecurity(PEOPLE)`); local mode when absent. */
  readonly security?: () => Promise<HttpSecurity>;
}

/** `name` prefixes the chroots and failure screenshots; `showMs` is Playwright's default timeout. */
export function useSeededConsole(name: string, showMs: number, options: SeededConsoleOptions = {}): SeededConsole {
  const zk = useZooKeeper();
  const e2e = useConsoleInBrowser(name, showMs, async (clientDir) => {
    const security = options.security ? await options.security() : undefined;
    const seeded = await startSeededSwitchboard(zk.connectString, {
      prefix: `e2e-${name}`,
      query: '?session=4000',
      console: { version: 'e2e', clientDir, ...(security ? { security } : {}) },
    });
    return {
      ...seeded,
      url: seeded.app.url,
      async stop() {
        zk.server.resume(); // a frozen ZooKeeper would stall the stop; harmless when running
        await seeded.stop();
      },
    };
  });
  return {
    zk,
    get registrar() {
      return e2e.current.registrar;
    },
    get switchboard() {
      return e2e.current.app;
    },
    get page() {
      return e2e.page;
    },
  };
}
