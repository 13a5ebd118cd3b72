// A single-node, in-memory server speaking the ZooKeeper 3.8 client protocol, for demos and
// tests. Production keeps using a real ensemble. Binds to loopback unless told otherwise; state
// lives only as long as one start()/stop() cycle.

import { createServer, type AddressInfo, type Server } from 'node:net';
import { Connection } from './connection.ts';
import { ContainerReaper } from './container-reaper.ts';
import { DEFAULT_FOUR_LETTER_WORDS, KNOWN_FOUR_LETTER_WORDS } from './four-letter-words.ts';
import { silentLogger, type EmbeddedZkLogger } from './logger.ts';
import { ServerCore } from './server-core.ts';
import type { Clock, Scheduler } from './session-tracker.ts';

export interface EmbeddedZooKeeperOptions {
  /** Interface to bind; 127.0.0.1 by default. */
  readonly host?: string;
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  readonly tickTime?: number;
  /** Defaults to 2 × tickTime. */
  readonly minSessionTimeout?: number;
  /** Defaults to 20 × tickTime. */
  readonly maxSessionTimeout?: number;
  /**
   * High 32 bits of zxids for the first start (default 0, like a fresh ZooKeeper). Each later
   * start() of the same instance uses the next epoch, so clients still holding sessions from the
   * previous run see "session expired" rather than being refused for being ahead.
   */
  readonly epoch?: number;
  /** `user:base64(sha1)` digest id granted the super identity (zookeeper.DigestAuthenticationProvider.superDigest). */
  readonly superDigest?: string;
  /** Container reaper period (znode.container.checkIntervalMs); default 60 s. */
  readonly containerCheckIntervalMs?: number;
  /** Reap containers that never had a child after this long; 0 (default) never does. */
  readonly maxNeverUsedIntervalMs?: number;
  /** Enabled four-letter words, or '*' for all; defaults to the read-only diagnostic ones. */
  readonly fourLetterWords?: readonly string[] | '*';
  readonly logger?: EmbeddedZkLogger;
  readonly clock?: Clock;
  readonly scheduler?: Scheduler;
}

export interface EmbeddedZooKeeperAddress {
  readonly host: string;
  readonly port: number;
  readonly connectString: string;
}

export class EmbeddedZooKeeper {
  private server: Server | null = null;
  private core: ServerCore | null = null;
  private reaper: ContainerReaper | null = null;
  private nextEpoch: number;
  private address: EmbeddedZooKeeperAddress | null = null;

  constructor(private readonly options: EmbeddedZooKeeperOptions = {}) {
    this.nextEpoch = options.epoch ?? 0;
  }

  get connectString(): string {
    if (this.address === null) throw new Error('EmbeddedZooKeeper is not started');
    return this.address.connectString;
  }

  async start(): Promise<EmbeddedZooKeeperAddress> {
    if (this.address !== null) return this.address;
    const { options } = this;
    const tickTime = options.tickTime ?? 2000;
    const logger = options.logger ?? silentLogger;
    const words = options.fourLetterWords ?? DEFAULT_FOUR_LETTER_WORDS;
    const core = new ServerCore({
      tickTime,
      minSessionTimeout: options.minSessionTimeout ?? tickTime * 2,
      maxSessionTimeout: options.maxSessionTimeout ?? tickTime * 20,
      epoch: this.nextEpoch,
      superDigest: options.superDigest,
      clock: options.clock,
      scheduler: options.scheduler,
      logger,
      fourLetterWords: {
        enabled: new Set(words === '*' ? KNOWN_FOUR_LETTER_WORDS : words),
        clientPort: () => this.address?.port ?? 0,
      },
    });
    this.nextEpoch += 1;
    const server = createServer((socket) => core.accept(new Connection(socket, core)));
    const host = options.host ?? '127.0.0.1';
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    const port = (server.address() as AddressInfo).port;
    const reaper = new ContainerReaper({
      db: core.db,
      intervalMs: options.containerCheckIntervalMs ?? 60_000,
      maxNeverUsedIntervalMs: options.maxNeverUsedIntervalMs ?? 0,
      clock: options.clock,
      scheduler: options.scheduler,
    });
    core.start();
    reaper.start();
    this.server = server;
    this.core = core;
    this.reaper = reaper;
    const connectHost = host.includes(':') ? `[${host}]` : host;
    this.address = { host, port, connectString: `${connectHost}:${port}` };
    logger.info({ host, port, tickTime }, 'embedded ZooKeeper listening');
    return this.address;
  }

  async stop(): Promise<void> {
    const { server, core, reaper } = this;
    if (server === null || core === null) return;
    this.server = null;
    this.core = null;
    this.reaper = null;
    this.address = null;
    reaper?.stop();
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    core.stop();
    await closed;
  }
}
