// The e2e fixture for a console whose registry is unreachable: per test, the built client served by a
// console pointed at a loopback port nothing listens on, and a page on it (one Chromium per file).
// Nothing waits for a sync (there is none). `startRegistry()` starts a real ZooKeeper on that very
// port, to watch the console recover; it is stopped with the console after the test.

import { pino } from 'pino';
import type { Page } from 'playwright-core';
import { startSwitchboard } from '../../server/switchboard.ts';
import { closedPort } from '../support/closed-port.ts';
import { startZooKeeper, type ZooKeeperProcess } from '../support/zookeeper-server.ts';
import { useConsoleInBrowser } from './console-in-browser.ts';
import { stopAll } from './fixture-hooks.ts';

export interface UnreachableConsole {
  /** The port the console tries to reach, 127.0.0.1:<port>. */
  readonly registryPort: number;
  readonly page: Page;
  /** Starts ZooKeeper on the registry port (once per test); it is stopped with the rest. */
  startRegistry(): Promise<void>;
}

export function useUnreachableConsole(name: string, showMs: number): UnreachableConsole {
  const e2e = useConsoleInBrowser(name, showMs, async (clientDir) => {
    const registryPort = await closedPort();
    let zookeeper: ZooKeeperProcess | undefined;
    const app = await startSwitchboard({
      registry: `zookeeper://127.0.0.1:${registryPort}`,
      host: '127.0.0.1',
      port: 0,
      logger: pino({ level: 'silent' }),
      version: 'e2e',
      clientDir,
    });
    return {
      url: app.url,
      registryPort,
      async startRegistry() {
        zookeeper ??= await startZooKeeper({ port: registryPort });
      },
      stop: () => stopAll([() => app.stop(), () => zookeeper?.stop()]),
    };
  });
  return {
    get registryPort() {
      return e2e.current.registryPort;
    },
    get page() {
      return e2e.page;
    },
    startRegistry: () => e2e.current.startRegistry(),
  };
}
