// The registry servers the mirror suites run against: a real ZooKeeper 3.8 and the embedded
// TypeScript one. The same scenarios run on both so the embedded server cannot drift.

import { afterAll, beforeAll } from 'vitest';
import { EmbeddedZooKeeper } from '../../server/embedded-zk/embedded-zookeeper.ts';
import { requireTool } from './require-tool.ts';
import { startZooKeeper, zookeeperAvailable, type ZooKeeperProcess } from './zookeeper-server.ts';

export interface RunningRegistry {
  readonly connectString: string;
  /** Stops and starts the server on the same port. The embedded server keeps no data across this. */
  restart(): Promise<void>;
}

export interface RegistryBackend {
  readonly name: 'zookeeper' | 'embedded';
  readonly persistent: boolean;
  available(): boolean;
  start(): Promise<RunningRegistry & { stop(): Promise<void> }>;
}

export const realZooKeeper: RegistryBackend = {
  name: 'zookeeper',
  persistent: true,
  available: () => requireTool('ZooKeeper 3.8', zookeeperAvailable(), 'apt-get install zookeeper'),
  async start() {
    const zk: ZooKeeperProcess = await startZooKeeper();
    return { connectString: zk.connectString, restart: () => zk.restart(), stop: () => zk.stop() };
  },
};

export const embeddedZooKeeper: RegistryBackend = {
  name: 'embedded',
  persistent: false,
  available: () => true,
  async start() {
    let epoch = 0;
    let server = new EmbeddedZooKeeper({ tickTime: 500, epoch });
    const address = await server.start();
    return {
      connectString: address.connectString,
      async restart() {
        await server.stop();
        // A new epoch, as a restarted ZooKeeper has: clients that saw the old one are told their session expired.
        epoch += 1;
        server = new EmbeddedZooKeeper({ tickTime: 500, port: address.port, epoch });
        await server.start();
      },
      stop: () => server.stop(),
    };
  },
};

export const registryBackends: readonly RegistryBackend[] = [realZooKeeper, embeddedZooKeeper];

/** One registry server for the enclosing describe block. */
export function useRegistry(backend: RegistryBackend): { readonly current: RunningRegistry } {
  let running: (RunningRegistry & { stop(): Promise<void> }) | undefined;
  beforeAll(async () => {
    running = await backend.start();
  }, 120_000);
  afterAll(async () => {
    await running?.stop();
  });
  return {
    get current(): RunningRegistry {
      if (!running) throw new Error('useRegistry(): only available inside tests and hooks');
      return running;
    },
  };
}
