/**
 * The live mirror of a Dubbo registry in ZooKeeper: one-shot watches on the nodes listed in
 * watched-folder-kinds.ts, each re-armed by the read that answers its event (watch-generation.ts).
 * On every `connected`: a new session (first connect, expiry), or a sync not finished or never done,
 * means a full resync in a new generation, since the old watches are gone or incomplete; a reconnection
 * within the same session after a finished sync keeps its watches (ZooKeeper re-arms them and fires those
 * whose node changed meanwhile), so only the reads that failed on the lost connection are redone.
 * Either way no ghosts and no gaps. During a resync the previous snapshot stays visible and the new one
 * replaces it whole; afterwards changes are coalesced (≤ coalesceMs) into revisions (revision-coalescer.ts).
 */
import type { Logger } from 'pino';
import type { RegistryState } from '../contract/health.ts';
import type { ZkConnectionHealth } from '../zk/zk-client.ts';
import { ReadLimiter } from './read-limiter.ts';
import type { RegistrySnapshot } from './registry-snapshot.ts';
import { RevisionCoalescer, type ChangeListener } from './revision-coalescer.ts';
import { WatchGeneration } from './watch-generation.ts';
import type { MirrorLayout } from './watched-folder-kinds.ts';
import type { ZkReader } from './watched-read.ts';

export interface MirrorStatus {
  readonly state: RegistryState;
  readonly syncing: boolean;
  readonly lastSyncAt: Date | undefined;
  /** Failed connection attempts, the last cause and the next attempt (statuses are emitted on each). */
  readonly connection: ZkConnectionHealth;
}

export interface MirrorOptions {
  readonly client: ZkReader;
  readonly root: string;
  readonly servicesRoot?: string;
  readonly logger: Logger;
  readonly now?: () => Date;
  readonly coalesceMs?: number;
  readonly maxReadsInFlight?: number;
  /** Told of each completed full sync (the console's metrics). */
  readonly onSynced?: (sync: MirrorSync) => void;
}

/** A full sync that completed: the first of this mirror (`cold`) or a later one after a reconnection or expiry. */
export interface MirrorSync {
  readonly kind: 'cold' | 'resync';
  readonly seconds: number;
  readonly revision: number;
}

type StatusListener = (status: MirrorStatus) => void;

export class RegistryMirror {
  private readonly client: ZkReader;
  private readonly layout: MirrorLayout;
  private readonly logger: Logger;
  private readonly now: () => Date;
  private readonly limiter: ReadLimiter;
  private readonly revisions: RevisionCoalescer;
  private generation: WatchGeneration | undefined;
  private syncing = false;
  private lastSyncAt: Date | undefined;
  private stopped = true;
  private unsubscribe: (() => void) | undefined;
  private unsubscribeAttempts: (() => void) | undefined;
  private readonly statusListeners = new Set<StatusListener>();
  private syncWaiters: (() => void)[] = [];
  private retryTimer: NodeJS.Timeout | undefined;
  private readonly onSynced: ((sync: MirrorSync) => void) | undefined;

  constructor(options: MirrorOptions) {
    this.client = options.client;
    this.layout = { root: options.root === '/' ? '' : options.root, servicesRoot: options.servicesRoot ?? '/services' };
    this.logger = options.logger;
    this.now = options.now ?? (() => new Date());
    this.limiter = new ReadLimiter(options.maxReadsInFlight ?? 1000);
    this.revisions = new RevisionCoalescer(this.layout.root, this.now, options.coalesceMs ?? 100);
    this.onSynced = options.onSynced;
  }

  get snapshot(): RegistrySnapshot {
    return this.revisions.snapshot;
  }

  get status(): MirrorStatus {
    const state = this.client.state;
    return {
      state: state === 'connected' ? 'connected' : state === 'connecting' ? 'connecting' : 'disconnected',
      syncing: this.syncing || this.lastSyncAt === undefined,
      lastSyncAt: this.lastSyncAt,
      connection: this.client.connectionHealth,
    };
  }

  onChange(listener: ChangeListener): () => void {
    return this.revisions.onChange(listener);
  }

  onStatus(listener: StatusListener): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  /** Resolves once a full sync has completed (immediately if one has). */
  whenSynced(): Promise<void> {
    if (this.lastSyncAt && !this.syncing) return Promise.resolve();
    return new Promise((resolve) => this.syncWaiters.push(resolve));
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.unsubscribe = this.client.onStateChange((state, { newSession }) => {
      this.emitStatus();
      if (state !== 'connected') return;
      if (!newSession && this.lastSyncAt && !this.syncing && this.generation) this.recover(this.generation);
      else void this.resync();
    });
    this.unsubscribeAttempts = this.client.onConnectionAttempt(() => this.emitStatus());
    if (this.client.state === 'connected') void this.resync();
  }

  stop(): void {
    this.stopped = true;
    this.generation?.retire();
    this.unsubscribe?.();
    this.unsubscribeAttempts?.();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.revisions.stop();
  }

  private recover(generation: WatchGeneration): void {
    const rereads = generation.redoLostReads();
    this.logger.info({ rereads }, 'registry reconnected with the same session; redoing lost reads');
  }

  /** Re-reads everything in a new generation; the result replaces the snapshot in one revision. */
  private async resync(): Promise<void> {
    this.generation?.retire();
    const generation = new WatchGeneration({ client: this.client, limiter: this.limiter, revisions: this.revisions, logger: this.logger });
    this.generation = generation;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.syncing = true;
    this.revisions.hold();
    this.emitStatus();
    const started = performance.now();
    try {
      await generation.syncAll(this.layout);
    } catch (error) {
      if (generation === this.generation && !this.stopped) {
        this.logger.warn({ err: error }, 'registry resync interrupted; retrying');
        // A reconnection during the sync starts a new resync by itself (see start()); this timer covers
        // reads that failed while the connection stayed up (operation timeouts).
        this.retryTimer = setTimeout(() => {
          if (generation === this.generation && this.client.state === 'connected') void this.resync();
        }, 1000);
      }
      return;
    }
    if (generation !== this.generation || this.stopped) return;
    const kind = this.lastSyncAt === undefined ? 'cold' : 'resync';
    this.syncing = false;
    this.lastSyncAt = this.now();
    this.revisions.release();
    const snapshot = this.snapshot;
    const ms = performance.now() - started;
    this.logger.info({ ms: Math.round(ms), revision: snapshot.revision, interfaces: snapshot.interfaces.size }, 'registry synced');
    this.onSynced?.({ kind, seconds: ms / 1000, revision: snapshot.revision });
    this.emitStatus();
    for (const resolve of this.syncWaiters.splice(0)) resolve();
  }

  private emitStatus(): void {
    const status = this.status;
    for (const listener of this.statusListeners) listener(status);
  }
}
