// Shared set-up of the ZkClient integration suites: clients that stop after each test, a client already
// connected to a chroot, a recorder of connection states, a closed port and a ZkError catcher.

import { createServer } from 'node:net';
import { afterEach } from 'vitest';
import { parseRegistryAddress } from '../../server/zk/registry-address.ts';
import { ZkClient } from '../../server/zk/zk-client.ts';
import type { ZkConnectionState, ZkStateChangeInfo } from '../../server/zk/zk-client.ts';
import { ZkError } from '../../server/zk/zk-error.ts';

/** A loopback port nothing listens on (bound, then released). */
export function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 1));
    });
  });
}

export async function rejection(promise: Promise<unknown>): Promise<ZkError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ZkError)) throw new Error(`expected a ZkError, got ${String(error)}`);
  return error;
}

export interface ZkClientHarness {
  /** Stopped after each test, like everything pushed onto `cleanups`. */
  readonly cleanups: Array<() => Promise<void>>;
  client(address: string, waitForConnectionMs?: number): ZkClient;
  connected(chroot: string, query?: string): Promise<ZkClient>;
  recordStates(zkClient: ZkClient): Array<[ZkConnectionState, ZkStateChangeInfo]>;
}

/** Call inside a describe: registers the afterEach that stops what the test started. */
export function useZkClients(zk: { readonly connectString: string }): ZkClientHarness {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
  });
  function client(address: string, waitForConnectionMs?: number): ZkClient {
    const zkClient = new ZkClient({
      address: parseRegistryAddress(address),
      ...(waitForConnectionMs === undefined ? {} : { waitForConnectionMs }),
    });
    cleanups.push(() => zkClient.stop());
    return zkClient;
  }

  async function connected(chroot: string, query = ''): Promise<ZkClient> {
    const zkClient = client(`zookeeper://${zk.connectString}${chroot}${query}`);
    await zkClient.start();
    return zkClient;
  }

  function recordStates(zkClient: ZkClient): Array<[ZkConnectionState, ZkStateChangeInfo]> {
    const states: Array<[ZkConnectionState, ZkStateChangeInfo]> = [];
    zkClient.onStateChange((state, info) => states.push([state, info]));
    return states;
  }
  return { cleanups, client, connected, recordStates };
}
