// ZkClient: the promise API over ZooKeeper that the mirror and the rule store use (the only door to
// node-zookeeper-client). Invariants:
//  - One ZooKeeper session at a time. TCP reconnects keep it (the library re-arms our watches with
//    setWatches, so no event is lost); when it expires the library instance is discarded and a fresh one
//    opens a new session transparently (auth re-applied). Listeners then see 'connected' with
//    `newSession: true`, which they also see on the first connect: every watch armed before is gone for
//    good (it will never fire) and the caller must re-read and re-arm everything.
//  - Watches are one-shot. A watcher passed for a path fires at most once per armed watch; arming the same
//    function again for the same path and kind before it fired is a no-op (distinct functions are distinct
//    watchers: pass a stable function per path to avoid duplicate notifications). watchCount: armed ones.
//  - Calls made while not connected wait up to `waitForConnectionMs` for the connection, then fail with
//    NOT_CONNECTED (never sent). Once the registry is known unreachable (a whole round of connection
//    attempts failed, see reachability.ts) they fail at once, and so do the calls parked before. Calls in flight when the connection drops fail with CONNECTION_LOSS
//    (and armed no watch); after an expiry with SESSION_EXPIRED. No timers are created per call.
//  - start() resolves on the first connection; after connectTimeoutMs it rejects with OPERATION_TIMEOUT
//    while the client keeps trying in the background (state stays 'connecting'; call stop() to give up).

import { pino, type Logger } from 'pino';
import { moduleLogger } from '../logger.ts';
import { toConnectString } from './registry-address.ts';
import type { RegistryAddress } from './registry-address.ts';
import { ZkError, zkErrorMessage, type ZkErrorCode } from './zk-error.ts';
import { ConnectionGate } from './connection-gate.ts';
import { Reachability, type ZkConnectionHealth } from './reachability.ts';
import { LibrarySession, type LibrarySessionEvent } from './library-session.ts';
import * as requests from './library-requests.ts';
import type { ZkNodeData } from './library-requests.ts';
import { multi, type ZkOp, type ZkOpResult } from './zk-multi.ts';
import type { ZkStat } from './zk-stat.ts';
import type { ZkWatcher } from './zk-watch-event.ts';
import type { ZkCreateMode } from './zk-create-mode.ts';
import { mkdirp } from './zk-mkdirp.ts';
import { PathAcls, fromLibraryAcl, toLibraryAcl, type ZkPathAcl } from './library-acl.ts';
import type { ZkAclEntry } from './acl-spec.ts';

export type ZkConnectionState = 'connecting' | 'connected' | 'disconnected' | 'closed';
export interface ZkStateChangeInfo {
  readonly newSession: boolean;
}
export type ZkStateListener = (state: ZkConnectionState, info: ZkStateChangeInfo) => void;
export type { ZkConnectionHealth };

export interface ZkClientOptions {
  readonly address: RegistryAddress;
  readonly logger?: Logger;
  /** How long a call made while disconnected waits for the connection; default address.connectTimeoutMs. */
  readonly waitForConnectionMs?: number;
  /** ACLs of the nodes it creates (create, mkdirp, multi) by path prefix; elsewhere the session default. */
  readonly acls?: readonly ZkPathAcl[];
}

/** After an authentication failure, wait before trying again with a new session. */
const AUTH_RETRY_DELAY_MS = 1000;

export class ZkClient {
  readonly address: RegistryAddress;
  private readonly logger: Logger;
  private readonly gate: ConnectionGate;
  private readonly listeners = new Set<ZkStateListener>();
  private readonly attemptListeners = new Set<(health: ZkConnectionHealth) => void>();
  private readonly reachability: Reachability;
  private readonly pathAcls: PathAcls;
  private session: LibrarySession | undefined;
  private currentState: ZkConnectionState = 'disconnected';
  private currentSessionId: string | undefined;
  private started = false;
  private reopenTimer: NodeJS.Timeout | undefined;

  constructor(options: ZkClientOptions) {
    this.address = options.address;
    this.logger = moduleLogger(options.logger ?? pino({ level: 'silent' }), 'zk', { registry: this.address.display });
    this.gate = new ConnectionGate(options.waitForConnectionMs ?? this.address.connectTimeoutMs);
    this.reachability = new Reachability(this.logger);
    this.pathAcls = new PathAcls(options.acls ?? []);
  }

  /** Failed connection attempts since the last connection, the last cause, when the next one starts. */
  get connectionHealth(): ZkConnectionHealth {
    return this.reachability.health;
  }

  /** Called after each failed connection attempt (the state itself does not change). */
  onConnectionAttempt(listener: (health: ZkConnectionHealth) => void): () => void {
    this.attemptListeners.add(listener);
    return () => this.attemptListeners.delete(listener);
  }

  get watchCount(): number {
    return this.session?.watches.size() ?? 0;
  }

  get state(): ZkConnectionState {
    return this.currentState;
  }

  /** The current session id ('0x' + 16 hex digits); kept while reconnecting, cleared when it expires. */
  get sessionId(): string | undefined {
    return this.currentSessionId;
  }

  onStateChange(listener: ZkStateListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start(): Promise<void> {
    if (this.currentState === 'closed') return Promise.reject(this.error('CLOSED', 'the client was stopped'));
    if (!this.started) {
      this.started = true;
      this.setState('connecting', false);
      this.openSession();
    }
    if (this.currentState === 'connected') return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const timeoutMs = this.address.connectTimeoutMs;
      const timer = setTimeout(() => {
        unsubscribe();
        reject(this.error('OPERATION_TIMEOUT', `not connected to ${this.address.display} within ${timeoutMs} ms`));
      }, timeoutMs);
      const unsubscribe = this.onStateChange((state) => {
        if (state !== 'connected' && state !== 'closed') return;
        clearTimeout(timer);
        unsubscribe();
        if (state === 'connected') resolve();
        else reject(this.error('CLOSED', 'the client was stopped'));
      });
    });
  }

  /** Closes the session (the server deletes our ephemerals) and settles every pending call. */
  async stop(): Promise<void> {
    if (this.currentState === 'closed') return;
    clearTimeout(this.reopenTimer);
    const session = this.session;
    this.session = undefined;
    this.setState('closed', false);
    this.gate.fail('CLOSED', 'the client was stopped');
    await session?.close(this.address.connectTimeoutMs);
  }

  /** Session id and password, e.g. for tests that end the session from another connection. */
  sessionCredentials(): { readonly sessionId: string; readonly password: Buffer } | undefined {
    const session = this.session;
    const sessionId = this.currentSessionId;
    return session && sessionId ? { sessionId, password: session.sessionPassword } : undefined;
  }

  getChildren(path: string, watcher?: ZkWatcher): Promise<string[]> {
    return this.run(path, (session) => requests.getChildren(session, path, watcher));
  }

  /** Children, or undefined if `path` is missing; the watcher then fires 'created' when it appears. */
  getChildrenIfExists(path: string, watcher?: ZkWatcher): Promise<string[] | undefined> {
    return this.run(path, (session) => requests.getChildrenIfExists(session, path, watcher));
  }

  getData(path: string, watcher?: ZkWatcher): Promise<ZkNodeData> {
    return this.run(path, (session) => requests.getData(session, path, watcher));
  }

  exists(path: string, watcher?: ZkWatcher): Promise<ZkStat | undefined> {
    return this.run(path, (session) => requests.exists(session, path, watcher));
  }

  /** Resolves with the created path (sequential modes append a 10-digit counter). */
  create(path: string, data?: Buffer, mode: ZkCreateMode = 'persistent'): Promise<string> {
    return this.run(path, (session) => requests.create(session, path, data, mode, this.pathAcls.aclFor(path)));
  }

  /** A node's ACL; without ADMIN on it, ZooKeeper shows digest ids as `user:x`. */
  getAcl(path: string): Promise<ZkAclEntry[]> {
    return this.run(path, (session) => requests.getAcl(session, path)).then(fromLibraryAcl);
  }

  /** Replaces a node's ACL (version -1: any). */
  setAcl(path: string, acl: readonly ZkAclEntry[], version = -1): Promise<ZkStat> {
    return this.run(path, (session) => requests.setAcl(session, path, toLibraryAcl(acl), version));
  }

  /** Creates `path` and any missing ancestors as empty persistent nodes; existing nodes are fine. */
  mkdirp(path: string): Promise<void> {
    return mkdirp(this, path);
  }

  /** version -1 matches any version; otherwise a mismatch fails with BAD_VERSION (compare-and-set). */
  setData(path: string, data: Buffer, version = -1): Promise<ZkStat> {
    return this.run(path, (session) => requests.setData(session, path, data, version));
  }

  remove(path: string, version = -1): Promise<void> {
    return this.run(path, (session) => requests.remove(session, path, version));
  }

  /** All ops or none; a failure throws the failing op's code with details.opIndex. */
  multi(ops: readonly ZkOp[]): Promise<ZkOpResult[]> {
    return this.run(ops[0]?.path ?? '/', (session) => multi(session, ops, (path) => this.pathAcls.aclFor(path)));
  }

  /** Runs `op` on the live session, or parks it until there is one (the only slow path). */
  private run<T>(path: string, op: (session: LibrarySession) => Promise<T>): Promise<T> {
    const session = this.session;
    if (this.currentState === 'connected' && session) return op(session);
    if (this.currentState === 'closed') return Promise.reject(this.error('CLOSED', 'the client was stopped', path));
    if (!this.started) return Promise.reject(this.error('NOT_CONNECTED', 'start() was not called', path));
    if (this.reachability.health.unreachable) return Promise.reject(this.error('NOT_CONNECTED', this.unreachableReason(), path));
    return this.gate.wait(path).then(() => this.run(path, op));
  }

  private openSession(): void {
    const session: LibrarySession = new LibrarySession({
      connectString: toConnectString(this.address),
      sessionTimeoutMs: this.address.sessionTimeoutMs,
      handshakeTimeoutMs: this.address.connectTimeoutMs,
      auth: this.address.auth,
      logger: this.logger,
      onEvent: (event) => this.onSessionEvent(session, event),
    });
    this.session = session;
    session.connect();
  }

  private onSessionEvent(session: LibrarySession, event: LibrarySessionEvent): void {
    if (session !== this.session || this.currentState === 'closed') return;
    switch (event.kind) {
      case 'connected': {
        const newSession = event.sessionId !== this.currentSessionId;
        this.currentSessionId = event.sessionId;
        this.reachability.connected({ sessionId: event.sessionId, newSession, timeoutMs: session.negotiatedTimeoutMs });
        this.setState('connected', newSession);
        this.gate.open();
        return;
      }
      case 'disconnected':
        if (this.currentState === 'connected') {
          this.logger.warn({ sessionId: this.currentSessionId }, 'ZooKeeper connection lost; reconnecting');
          this.setState('disconnected', false);
        }
        return;
      case 'attemptFailed':
        if (this.reachability.failed(event.failure)) this.gate.fail('NOT_CONNECTED', this.unreachableReason());
        this.notifyAttempt();
        return;
      case 'expired':
        this.replaceSession(session, 'SESSION_EXPIRED', 0);
        return;
      case 'authFailed':
        this.replaceSession(session, 'AUTH_FAILED', AUTH_RETRY_DELAY_MS);
        return;
    }
  }

  /** The library instance is stuck for good after expiry or auth failure: discard it, open a new session. */
  private replaceSession(session: LibrarySession, code: ZkErrorCode, delayMs: number): void {
    this.logger.warn({ sessionId: this.currentSessionId, code }, 'ZooKeeper session lost; opening a new one');
    session.abandon(code, `session ${this.currentSessionId ?? '?'} ended`);
    this.session = undefined;
    this.currentSessionId = undefined;
    if (this.currentState === 'connected') this.setState('disconnected', false);
    if (delayMs === 0) {
      this.openSession();
      return;
    }
    this.reopenTimer = setTimeout(() => {
      this.reopenTimer = undefined;
      if (this.currentState !== 'closed') this.openSession();
    }, delayMs);
  }

  private setState(state: ZkConnectionState, newSession: boolean): void {
    if (state === this.currentState && !newSession) return;
    this.currentState = state;
    for (const listener of [...this.listeners]) {
      try {
        listener(state, { newSession });
      } catch (error) {
        this.logger.error({ err: error, state }, 'ZooKeeper state listener threw');
      }
    }
  }

  private notifyAttempt(): void {
    const health = this.reachability.health;
    for (const listener of [...this.attemptListeners]) {
      try {
        listener(health);
      } catch (error) {
        this.logger.error({ err: error }, 'ZooKeeper attempt listener threw');
      }
    }
  }

  private unreachableReason(): string {
    const { lastError, failedAttempts } = this.reachability.health;
    return `${this.address.display} unreachable after ${failedAttempts} failed attempts: ${lastError?.message ?? 'no connection'}`;
  }

  private error(code: ZkErrorCode, reason: string, path?: string): ZkError {
    return new ZkError(code, `${zkErrorMessage(code, path)} (${reason})`, { path });
  }
}
