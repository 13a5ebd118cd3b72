/**
 * The live mirror of a Dubbo registry in ZooKeeper. One-shot watches per parent (root, each
 * `<root>/<iface>/<category>`, the config-center folder, mappings, `/services/<app>`), re-armed
 * by the read that answers each event. A new session (first connect, expiry) gets a full resync,
 * since its watches are gone; a reconnection within the same session keeps its watches (ZooKeeper
 * re-arms them and fires those whose node changed meanwhile), so only reads lost in flight are
 * redone. Either way no ghosts and no gaps.
 * Invariants: every read belongs to a generation and is ignored once a newer resync started;
 * during a resync the previous snapshot stays visible and the new one replaces it whole;
 * afterwards changes are coalesced (≤ coalesceMs) into revisions.
 */
import type { Logger } from 'pino';
import type { RegistryChange } from '../contract/registry-event.ts';
import type { RegistryState } from '../contract/health.ts';
import type { ZkClient, ZkConnectionHealth } from '../zk/zk-client.ts';
import { isConnectionTrouble } from '../zk/zk-availability.ts';
import type { ZkWatchEvent } from '../zk/zk-watch-event.ts';
import { ReadLimiter } from './read-limiter.ts';
import { CATEGORIES, emptySnapshot, type Category, type RegistrySnapshot } from './registry-snapshot.ts';
import { resolveChange } from './resolve-change.ts';
import { SnapshotDraft } from './snapshot-draft.ts';
import { emptyChange, mergeChange, type SnapshotChange } from './snapshot-change.ts';

/** Child names of the registry root that are not interface folders (dubbo-format.md §1.3, §1.4). */
const RESERVED_ROOT_CHILDREN = new Set(['config', 'mapping', 'metadata']);

export type ZkReader = Pick<
  ZkClient,
  'getChildrenIfExists' | 'getData' | 'onStateChange' | 'state' | 'connectionHealth' | 'onConnectionAttempt'
>;

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
}

type ChangeListener = (snapshot: RegistrySnapshot, change: RegistryChange) => void;
type StatusListener = (status: MirrorStatus) => void;

export class RegistryMirror {
  private readonly client: ZkReader;
  private readonly root: string;
  private readonly servicesRoot: string;
  private readonly logger: Logger;
  private readonly now: () => Date;
  private readonly coalesceMs: number;
  private readonly limiter: ReadLimiter;
  private current: RegistrySnapshot;
  private draft: SnapshotDraft;
  private pending: SnapshotChange = emptyChange();
  private flushTimer: NodeJS.Timeout | undefined;
  private generation = 0;
  private syncing = false;
  private lastSyncAt: Date | undefined;
  private stopped = true;
  private unsubscribe: (() => void) | undefined;
  private unsubscribeAttempts: (() => void) | undefined;
  private readonly changeListeners = new Set<ChangeListener>();
  private readonly statusListeners = new Set<StatusListener>();
  private syncWaiters: (() => void)[] = [];
  /** Paths with a watch armed in the current generation: one watch per path, never two. */
  private readonly armed = new Set<string>();
  /** Parents whose children are being tracked in the current generation. */
  private readonly tracked = new Set<string>();
  private retryTimer: NodeJS.Timeout | undefined;
  /** Reads of the current generation that failed on a lost connection, by path, with how to redo them. */
  private readonly failedReads = new Map<string, () => Promise<void>>();

  constructor(options: MirrorOptions) {
    this.client = options.client;
    this.root = options.root === '/' ? '' : options.root;
    this.servicesRoot = options.servicesRoot ?? '/services';
    this.logger = options.logger;
    this.now = options.now ?? (() => new Date());
    this.coalesceMs = options.coalesceMs ?? 100;
    this.limiter = new ReadLimiter(options.maxReadsInFlight ?? 1000);
    this.current = emptySnapshot(this.root);
    this.draft = new SnapshotDraft(this.current, this.now);
  }

  get snapshot(): RegistrySnapshot {
    return this.current;
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
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
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
      // Same session after a disconnect: ZooKeeper re-arms every watch (setWatches) and fires the
      // ones whose node changed meanwhile, so only reads lost in flight need redoing. A new session
      // (first connect, expiry) or an unfinished sync lost its watches: read everything again.
      if (!newSession && this.lastSyncAt && !this.syncing) this.recover();
      else void this.resync();
    });
    this.unsubscribeAttempts = this.client.onConnectionAttempt(() => this.emitStatus());
    if (this.client.state === 'connected') void this.resync();
  }

  stop(): void {
    this.stopped = true;
    this.generation += 1;
    this.unsubscribe?.();
    this.unsubscribeAttempts?.();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
  }

  /** Redoes the reads that failed while the connection was down (same session, watches intact). */
  private recover(): void {
    const generation = this.generation;
    const rereads = [...this.failedReads.values()];
    this.failedReads.clear();
    this.logger.info({ rereads: rereads.length }, 'registry reconnected with the same session; redoing lost reads');
    for (const reread of rereads) reread().catch((error: unknown) => this.onReadError(generation, error));
  }

  /** Re-reads everything; the result replaces the snapshot in one revision. */
  private async resync(): Promise<void> {
    const generation = ++this.generation;
    this.armed.clear();
    this.failedReads.clear();
    this.tracked.clear();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.syncing = true;
    this.emitStatus();
    const started = performance.now();
    try {
      await Promise.all([
        this.syncRoot(generation),
        this.syncRules(generation),
        this.syncMappings(generation),
        this.syncApplications(generation),
      ]);
    } catch (error) {
      if (generation === this.generation && !this.stopped) {
        this.logger.warn({ err: error }, 'registry resync interrupted; retrying');
        // A reconnection starts a new resync by itself; this covers timeouts while connected.
        this.retryTimer = setTimeout(() => {
          if (generation === this.generation && this.client.state === 'connected') void this.resync();
        }, 1000);
      }
      return;
    }
    if (generation !== this.generation || this.stopped) return;
    this.syncing = false;
    this.lastSyncAt = this.now();
    this.draft.markAll();
    this.flush();
    const snapshot = this.current;
    this.logger.info(
      { ms: Math.round(performance.now() - started), revision: snapshot.revision, interfaces: snapshot.interfaces.size },
      'registry synced',
    );
    this.emitStatus();
    for (const resolve of this.syncWaiters.splice(0)) resolve();
  }

  private async syncRoot(generation: number): Promise<void> {
    const path = this.root || '/';
    const names = await this.listChildren(generation, path, () => this.syncRoot(generation));
    if (names === null) return;
    const folders = (names ?? []).filter((name) => !RESERVED_ROOT_CHILDREN.has(name));
    this.draft.setFolderNames(folders);
    this.changed();
    const fresh = this.track(`${this.root}/`, folders);
    await Promise.all(fresh.map((name) => this.syncFolder(generation, name)));
  }

  private async syncFolder(generation: number, folder: string): Promise<void> {
    await Promise.all(CATEGORIES.map((category) => this.syncCategory(generation, folder, category)));
  }

  private async syncCategory(generation: number, folder: string, category: Category): Promise<void> {
    const path = `${this.root}/${folder}/${category}`;
    const children = await this.listChildren(generation, path, () => this.syncCategory(generation, folder, category));
    if (children === null) return;
    this.draft.setCategory(folder, category, children);
    this.changed();
  }

  private async syncRules(generation: number): Promise<void> {
    const parent = `${this.root}/config/dubbo`;
    const nodes = await this.listChildren(generation, parent, () => this.syncRules(generation));
    if (nodes === null) return;
    const listed = nodes ?? [];
    this.draft.setRuleNodes(listed);
    this.changed();
    const fresh = this.track(`${parent}/`, listed);
    await Promise.all(fresh.map((node) => this.syncRule(generation, `${parent}/${node}`, node)));
  }

  private async syncRule(generation: number, path: string, node: string): Promise<void> {
    const result = await this.readData(generation, path, () => this.syncRule(generation, path, node));
    if (result === null) return;
    const file = result && { node, path, text: result.text, version: result.version, mtime: result.mtime };
    this.draft.setRule(node, file);
    this.changed();
  }

  private async syncMappings(generation: number): Promise<void> {
    const parent = `${this.root}/mapping`;
    const names = await this.listChildren(generation, parent, () => this.syncMappings(generation));
    if (names === null) return;
    const listed = names ?? [];
    this.draft.setMappingNames(listed.map(safeDecode));
    this.changed();
    const fresh = this.track(`${parent}/`, listed);
    await Promise.all(fresh.map((name) => this.syncMapping(generation, name, safeDecode(name))));
  }

  private async syncMapping(generation: number, name: string, interfaceName: string): Promise<void> {
    const path = `${this.root}/mapping/${name}`;
    const result = await this.readData(generation, path, () => this.syncMapping(generation, name, interfaceName));
    if (result === null) return;
    this.draft.setMapping(interfaceName, result?.text);
    this.changed();
  }

  private async syncApplications(generation: number): Promise<void> {
    const apps = await this.listChildren(generation, this.servicesRoot, () => this.syncApplications(generation));
    if (apps === null) return;
    const listed = apps ?? [];
    this.draft.setApplicationNames(listed);
    this.changed();
    const fresh = this.track(`${this.servicesRoot}/`, listed);
    await Promise.all(fresh.map((app) => this.syncApplication(generation, app)));
  }

  private async syncApplication(generation: number, app: string): Promise<void> {
    const parent = `${this.servicesRoot}/${app}`;
    const ids = await this.listChildren(generation, parent, () => this.syncApplication(generation, app));
    if (ids === null) return;
    this.draft.setAppInstanceIds(app, ids);
    this.changed();
    const fresh = this.track(`${parent}/`, ids ?? []);
    await Promise.all(fresh.map((id) => this.syncAppInstance(generation, app, id)));
  }

  private async syncAppInstance(generation: number, app: string, id: string): Promise<void> {
    const path = `${this.servicesRoot}/${app}/${id}`;
    const result = await this.readData(generation, path, () => this.syncAppInstance(generation, app, id));
    if (result === null) return;
    this.draft.setAppInstance(app, id, path, result?.text);
    this.changed();
  }

  /**
   * A one-shot watcher bound to this generation. It fires at most once; the re-read it
   * triggers arms the next watch. Reads for a stale generation are dropped.
   */
  private watcher(generation: number, path: string, reread: () => Promise<void>): ((event: ZkWatchEvent) => void) | undefined {
    const key = `${generation}:${path}`;
    if (this.armed.has(key)) return undefined;
    this.armed.add(key);
    return () => {
      this.armed.delete(key);
      if (generation !== this.generation || this.stopped) return;
      reread().catch((error: unknown) => this.onReadError(generation, error));
    };
  }

  private listChildren(generation: number, path: string, reread: () => Promise<void>): Promise<string[] | undefined | null> {
    return this.read(generation, path, () => this.client.getChildrenIfExists(path, this.watcher(generation, path, reread)), reread);
  }

  /**
   * Children listed under `prefix` that are not tracked yet in this generation; children no
   * longer listed stop being tracked (their own watches fire on deletion and find nothing).
   */
  private track(prefix: string, children: readonly string[]): string[] {
    const listed = new Set(children.map((child) => prefix + child));
    for (const path of this.tracked) {
      if (path.startsWith(prefix) && !path.slice(prefix.length).includes('/') && !listed.has(path)) this.tracked.delete(path);
    }
    const fresh: string[] = [];
    for (const child of children) {
      const path = prefix + child;
      if (this.tracked.has(path)) continue;
      this.tracked.add(path);
      fresh.push(child);
    }
    return fresh;
  }

  /** Runs a read for `generation`; `null` means "stale or failed, ignore". */
  private async read<T>(
    generation: number,
    path: string,
    op: () => Promise<T>,
    reread?: () => Promise<void>,
  ): Promise<T | null> {
    if (generation !== this.generation || this.stopped) return null;
    try {
      const value = await this.limiter.run(op);
      if (generation !== this.generation || this.stopped) return null;
      this.draft.removeWarning(`read:${path}`);
      return value;
    } catch (error) {
      // A failed read armed no watch (ZooKeeper sets none on NO_NODE either): allow the next read to arm one.
      this.armed.delete(`${generation}:${path}`);
      if (generation !== this.generation || this.stopped) return null;
      if (isConnectionTrouble(error) && reread) this.failedReads.set(path, reread);
      if (isNoNode(error) || isConnectionTrouble(error)) throw error;
      // A node we may not read (ACL) or a reply the client could not decode: say so, keep going.
      this.draft.addWarning(`read:${path}`, 'READ_FAILED', `${path}: ${errorText(error)}`);
      this.changed();
      return null;
    }
  }

  private async readData(
    generation: number,
    path: string,
    reread: () => Promise<void>,
  ): Promise<{ text: string; version: number; mtime: number } | undefined | null> {
    try {
      const result = await this.read(
        generation,
        path,
        () => this.client.getData(path, this.watcher(generation, path, reread)),
        reread,
      );
      if (result === null) return null;
      return { text: result.data?.toString('utf8') ?? '', version: result.stat.version, mtime: result.stat.mtime };
    } catch (error) {
      if (isNoNode(error)) return undefined;
      throw error;
    }
  }

  private onReadError(generation: number, error: unknown): void {
    if (generation !== this.generation) return;
    // Connection trouble ends in a reconnection, which resyncs everything.
    this.logger.warn({ err: error }, 'registry read failed');
  }

  private changed(): void {
    if (this.syncing || this.flushTimer || this.stopped) return;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = undefined;
      if (!this.syncing) this.flush();
    }, this.coalesceMs);
  }

  private flush(): void {
    const committed = this.draft.commit();
    if (!committed) return;
    const before = this.current;
    mergeChange(this.pending, committed.change);
    this.current = committed.snapshot;
    this.draft = new SnapshotDraft(this.current, this.now);
    const change = resolveChange(before, this.current, this.pending);
    this.pending = emptyChange();
    for (const listener of this.changeListeners) listener(this.current, change);
  }

  private emitStatus(): void {
    const status = this.status;
    for (const listener of this.statusListeners) listener(status);
  }
}

function isNoNode(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'NO_NODE';
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function safeDecode(name: string): string {
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}
