// One test's registry and console: a fresh chroot (e.g. 127.0.0.1:2181/t-1a2b3c4d) seeded with the
// mixed 2.6/2.7/3.x registry, a registrar owning the seed's ephemeral nodes, and a console mirroring
// that chroot. useSeededSwitchboard() starts one before each test and stops it after, so no test can
// see another's writes; startSeededSwitchboard() is the same without the hooks.

import { afterEach, beforeEach } from 'vitest';
import type { RunningSwitchboard } from '../../server/switchboard.ts';
import * as fx from '../fixtures/registry/mixed-registry.ts';
import { DubboRegistrar, javaUrlEncode } from './dubbo-registrar.ts';
import { startTestConsole, type TestConsoleOptions } from './test-console.ts';
import { uniqueChroot } from './use-zookeeper.ts';

export interface SeededSwitchboardOptions {
  /** Prefixes the chroot's name, e.g. 'e2e-services' → /e2e-services-1a2b3c4d. */
  readonly prefix?: string;
  /** Appended to the console's registry address, e.g. '?session=4000'. */
  readonly query?: string;
  readonly console?: TestConsoleOptions;
}

export interface SeededSwitchboard {
  /** The chrooted connect string, '127.0.0.1:<port>/<chroot>'. */
  readonly connect: string;
  readonly registrar: DubboRegistrar;
  readonly app: RunningSwitchboard;
}

export async function startSeededSwitchboard(
  connectString: string,
  options: SeededSwitchboardOptions = {},
): Promise<SeededSwitchboard & { stop(): Promise<void> }> {
  const chroot = await uniqueChroot({ connectString }, options.prefix);
  const connect = `${connectString}${chroot}`;
  const registrar = await DubboRegistrar.connect(connect);
  try {
    await fx.seedMixedRegistry(registrar, javaUrlEncode);
    const app = await startTestConsole(`zookeeper://${connect}${options.query ?? ''}`, options.console);
    return {
      connect,
      registrar,
      app,
      async stop() {
        try {
          await app.stop();
        } finally {
          await registrar.close();
        }
      },
    };
  } catch (error) {
    await registrar.close();
    throw error;
  }
}

/** `connectString` is read in beforeEach, so it may come from a server started in beforeAll. */
export function useSeededSwitchboard(connectString: () => string, options: SeededSwitchboardOptions = {}): SeededSwitchboard {
  let current: (SeededSwitchboard & { stop(): Promise<void> }) | undefined;
  beforeEach(async () => {
    current = await startSeededSwitchboard(connectString(), options);
  });
  afterEach(async () => {
    const running = current;
    current = undefined;
    await running?.stop();
  });
  const ready = (): SeededSwitchboard => {
    if (!current) throw new Error('useSeededSwitchboard(): only available inside tests');
    return current;
  };
  return {
    get connect() {
      return ready().connect;
    },
    get registrar() {
      return ready().registrar;
    },
    get app() {
      return ready().app;
    },
  };
}
