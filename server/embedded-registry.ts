/**
 * The zero-setup registry: the embedded ZooKeeper-compatible server on loopback, for `npm start` without
 * `--registry` (DESIGN §2). It keeps everything in memory, so a restart starts from an empty registry.
 */
import type { Logger } from 'pino';
import { moduleLogger } from './logger.ts';
import { EmbeddedZooKeeper } from './embedded-zk/embedded-zookeeper.ts';

export interface EmbeddedRegistry {
  /** Dubbo-style address of the server, e.g. 'zookeeper://127.0.0.1:2181'. */
  readonly address: string;
  readonly host: string;
  readonly port: number;
  stop(): Promise<void>;
}

export interface EmbeddedRegistryOptions {
  /** 0 picks a free port. */
  readonly port: number;
  readonly host?: string;
  readonly logger: Logger;
}

export async function startEmbeddedRegistry(options: EmbeddedRegistryOptions): Promise<EmbeddedRegistry> {
  const server = new EmbeddedZooKeeper({
    host: options.host ?? '127.0.0.1',
    port: options.port,
    logger: moduleLogger(options.logger, 'embedded-zk'),
  });
  const { host, port, connectString } = await server.start();
  return { address: `zookeeper://${connectString}`, host, port, stop: () => server.stop() };
}
