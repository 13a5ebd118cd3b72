// Vitest glue for suites that need a real ZooKeeper: gate the suite, share one server per test file,
// and give each test its own chroot so tests never see each other's nodes.
//   describe.runIf(requireZooKeeper())('mirror', () => {
//     const zk = useZooKeeper();
//     it('…', async () => { const chroot = await uniqueChroot(zk); … zk.connectString + chroot … });
//   });

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import { ZkClient } from '../../server/zk/zk-client.ts';
import { parseRegistryAddress } from '../../server/zk/registry-address.ts';
import { startZooKeeper, zookeeperAvailable } from './zookeeper-server.ts';
import type { ZooKeeperOptions, ZooKeeperProcess } from './zookeeper-server.ts';

export interface SharedZooKeeper {
  /** The running server; only valid inside tests and hooks (it starts in beforeAll). */
  readonly server: ZooKeeperProcess;
  readonly connectString: string;
}

const START_TIMEOUT_MS = 120_000;

/**
 * true when ZooKeeper suites can run. Without java or the ZooKeeper jars it throws in CI (a missing
 * dependency must fail the build, not silently skip the suites) and warns visibly elsewhere.
 */
export function requireZooKeeper(): boolean {
  if (zookeeperAvailable()) return true;
  const reason = 'ZooKeeper is not available (needs `java` on PATH and /usr/share/java/zookeeper.jar: apt-get install zookeeper)';
  if (process.env['CI'] === 'true') throw new Error(`${reason}; CI must run the ZooKeeper suites`);
  console.warn(`SKIPPING ZooKeeper suite: ${reason}`);
  return false;
}

/** Starts one ZooKeeper for the enclosing test file (beforeAll) and stops it afterwards (afterAll). */
export function useZooKeeper(options: ZooKeeperOptions = {}): SharedZooKeeper {
  let server: ZooKeeperProcess | undefined;
  beforeAll(async () => {
    server = await startZooKeeper(options);
  }, START_TIMEOUT_MS);
  afterAll(async () => {
    await server?.stop();
    server = undefined;
  });
  return {
    get server(): ZooKeeperProcess {
      if (!server) throw new Error('useZooKeeper(): the server is only available inside tests and hooks');
      return server;
    },
    get connectString(): string {
      return this.server.connectString;
    },
  };
}

/** Creates a fresh top-level node such as '/t-1a2b3c4d' and returns it, ready to be used as a chroot. */
export async function uniqueChroot(zk: { readonly connectString: string }, prefix = 't'): Promise<string> {
  const chroot = `/${prefix}-${randomUUID().slice(0, 8)}`;
  const client = new ZkClient({ address: parseRegistryAddress(zk.connectString) });
  try {
    await client.start();
    await client.create(chroot);
  } finally {
    await client.stop();
  }
  return chroot;
}
