// One node-zookeeper-client instance, i.e. one ZooKeeper session (which survives TCP reconnects).
// Library glue, with library-patches.ts the only code that reaches into the library's internals, each
// time to close a gap the library leaves open (checked against 1.1.3):
//  - Handshake timeout. The library bounds the TCP connect but not the handshake: a server that accepts
//    the socket and never answers the ConnectRequest (paused JVM, half-dead host) hangs it forever. After
//    `handshakeTimeoutMs` from the attempt's start we destroy the socket, which is exactly what its own
//    connect timeout does: it moves on to the next server keeping session, watches and queued requests.
//  - Connection attempts. The library retries every server after a random 0–1 s, silently. We schedule
//    each attempt (connection-attempts.ts: back off while the registry is down, hurry while a session may
//    live) and report each one that failed before its handshake, with its cause and the delay before the
//    next one, so the console can say "unreachable, next attempt in 4 s" and log one line per attempt.
//  - Read timeout. Once connected the library pings when idle but never notices that replies stopped
//    (paused or partitioned server): it would report "connected" until TCP gives up, minutes later. Like
//    the Java client we drop the connection after 2/3 of the negotiated timeout without any byte read.
//  - Abandoning an instance (expiry, stop). The library reconnects after any socket close and may have a
//    reconnect already scheduled, which would re-attach the session and steal it from its successor.
//    `abandon()` makes the instance inert and settles every call it will never answer (requests queued
//    behind socket back-pressure are silently dropped by the library on expiry).

import nodeZookeeperClient from 'node-zookeeper-client';
import type { Client, ConnectionManager, LibraryAcl, LibraryError } from 'node-zookeeper-client';
import type { Logger } from 'pino';
import { longToHex } from './zk-stat.ts';
import { ZkError, translateZkError, zkErrorMessage } from './zk-error.ts';
import type { ZkErrorCode } from './zk-error.ts';
import { WatchRegistry } from './watch-registry.ts';
import { controlAttempts, parseFramesLinearly, patchLibrary, useConstantTimeQueues } from './library-patches.ts';
import { ConnectionAttempts, type AttemptFailure } from './connection-attempts.ts';

/** lib/ConnectionManager.js STATES. */
const STATE = { CONNECTING: 1, CONNECTED: 2, DISCONNECTED: 0, CLOSED: -2, EXPIRED: -3, AUTH_FAILED: -4 } as const;
const SILENT_TICKS_BEFORE_DROP = 4;

interface Abandonment {
  readonly code: ZkErrorCode;
  readonly reason: string;
}

export type LibrarySessionEvent =
  | { readonly kind: 'connected'; readonly sessionId: string }
  | { readonly kind: 'disconnected' }
  /** An attempt ended before its handshake completed; the next one starts in `failure.retryInMs`. */
  | { readonly kind: 'attemptFailed'; readonly failure: AttemptFailure }
  | { readonly kind: 'expired' }
  | { readonly kind: 'authFailed' };

export interface LibrarySessionOptions {
  readonly connectString: string;
  readonly sessionTimeoutMs: number;
  readonly handshakeTimeoutMs: number;
  readonly auth: { readonly username: string; readonly password: string } | undefined;
  readonly logger: Logger;
  readonly onEvent: (event: LibrarySessionEvent) => void;
}

export class LibrarySession {
  readonly client: Client;
  readonly watches: WatchRegistry;
  /** Like Dubbo: with credentials, nodes we create are readable/writable by those credentials only. */
  readonly acl: LibraryAcl[];
  private readonly inflight = new Set<(abandonment: Abandonment) => void>();
  private readonly logger: Logger;
  private readonly attempts: ConnectionAttempts;
  private livenessTimer: NodeJS.Timeout | undefined;
  private sawData = false;
  private silentTicks = 0;
  private abandonment: Abandonment | undefined;

  constructor(private readonly options: LibrarySessionOptions) {
    patchLibrary();
    this.logger = options.logger;
    this.client = nodeZookeeperClient.createClient(options.connectString, {
      sessionTimeout: options.sessionTimeoutMs,
      retries: 0,
    });
    if (options.auth) {
      // Stored by the library and re-sent on every TCP (re)connect of this instance.
      this.client.addAuthInfo('digest', Buffer.from(`${options.auth.username}:${options.auth.password}`));
    }
    this.acl = options.auth ? nodeZookeeperClient.ACL.CREATOR_ALL_ACL : nodeZookeeperClient.ACL.OPEN_ACL_UNSAFE;
    this.watches = new WatchRegistry((error, event) =>
      this.logger.error({ err: error, event }, 'ZooKeeper watcher threw'),
    );
    parseFramesLinearly(this.connectionManager);
    useConstantTimeQueues(this.connectionManager);
    this.attempts = new ConnectionAttempts({
      handshakeTimeoutMs: options.handshakeTimeoutMs,
      serverCount: () => this.connectionManager.servers.length,
      sessionTimeoutMs: () => this.negotiatedTimeoutMs,
      socket: () => this.connectionManager.socket,
    });
    controlAttempts(this.connectionManager, this.attempts.schedule, this.attempts.started);
    this.connectionManager.on('state', this.onState);
  }

  get sessionId(): string {
    return longToHex(this.client.getSessionId());
  }

  get sessionPassword(): Buffer {
    return this.client.getSessionPassword();
  }

  /** The timeout the server granted (clamped to [2, 20] × tickTime), or the requested one before that. */
  get negotiatedTimeoutMs(): number {
    return this.client.getSessionTimeout();
  }

  connect(): void {
    this.client.connect();
  }

  /**
   * Runs one library call and tracks it until it settles, so `abandon()` can settle calls the library
   * would otherwise never answer. `invoke` gets plain callbacks; library errors are translated here.
   */
  call<T>(path: string | undefined, invoke: (done: (error: LibraryError, value?: T) => void) => void): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.abandonment) {
        reject(zkErrorFor(this.abandonment, path));
        return;
      }
      const settle = (error: ZkError | undefined, value?: T): void => {
        this.inflight.delete(abort);
        if (error) reject(error);
        else resolve(value as T);
      };
      const abort = (abandonment: Abandonment): void => settle(zkErrorFor(abandonment, path));
      this.inflight.add(abort);
      try {
        invoke((error, value) => settle(error ? translateZkError(error, path) : undefined, value));
      } catch (error) {
        settle(translateZkError(error, path));
      }
    });
  }

  /** Ends the session politely (closeSession → the server deletes our ephemerals), then abandons. */
  async close(timeoutMs: number): Promise<void> {
    if (this.abandonment) return;
    const manager = this.connectionManager;
    if (manager.state === STATE.CONNECTED) {
      let timer: NodeJS.Timeout | undefined;
      await new Promise<void>((resolve) => {
        const onState = (state: number): void => {
          if (state !== STATE.CLOSED) return;
          manager.off('state', onState);
          resolve();
        };
        manager.on('state', onState);
        timer = setTimeout(resolve, timeoutMs);
        this.client.close();
      });
      clearTimeout(timer);
    }
    this.abandon('CLOSED', 'the ZooKeeper client was stopped');
  }

  /** Makes this instance inert for good and rejects whatever it still owes, and any later call, with `code`. */
  abandon(code: ZkErrorCode, reason: string): void {
    if (this.abandonment) return;
    const abandonment = { code, reason };
    this.abandonment = abandonment;
    this.attempts.stop();
    this.stopLiveness();
    const manager = this.connectionManager;
    manager.off('state', this.onState);
    this.watches.clear();
    for (const abort of [...this.inflight]) abort(abandonment);
    // The library reconnects through connect() after every socket close, and a reconnect scheduled
    // before now calls onSocketConnected (looked up at connect time): neutralise both.
    manager.connect = () => undefined;
    manager.onSocketConnected = function (this: ConnectionManager) {
      this.socket?.destroy();
    };
    manager.socket?.destroy();
  }

  private get connectionManager(): ConnectionManager {
    return this.client.connectionManager;
  }

  private readonly onState = (state: number): void => {
    switch (state) {
      case STATE.CONNECTED:
        this.attempts.connected();
        this.startLiveness();
        this.options.onEvent({ kind: 'connected', sessionId: this.sessionId });
        return;
      case STATE.DISCONNECTED: {
        this.stopLiveness();
        const failure = this.attempts.ended();
        this.options.onEvent(failure ? { kind: 'attemptFailed', failure } : { kind: 'disconnected' });
        return;
      }
      case STATE.EXPIRED:
        this.options.onEvent({ kind: 'expired' });
        return;
      case STATE.AUTH_FAILED:
        this.options.onEvent({ kind: 'authFailed' });
        return;
      default:
        return;
    }
  };

  private startLiveness(): void {
    this.stopLiveness();
    const socket = this.connectionManager.socket;
    if (!socket) return;
    const readTimeoutMs = (this.negotiatedTimeoutMs * 2) / 3;
    this.sawData = true;
    this.silentTicks = 0;
    socket.on('data', this.onData);
    this.livenessTimer = setInterval(() => this.checkLiveness(readTimeoutMs), readTimeoutMs / SILENT_TICKS_BEFORE_DROP);
  }

  private stopLiveness(): void {
    clearInterval(this.livenessTimer);
    this.livenessTimer = undefined;
    this.connectionManager.socket?.off('data', this.onData);
  }

  private readonly onData = (): void => {
    this.sawData = true;
  };

  private checkLiveness(readTimeoutMs: number): void {
    if (this.sawData) {
      this.sawData = false;
      this.silentTicks = 0;
      return;
    }
    this.silentTicks += 1;
    if (this.silentTicks < SILENT_TICKS_BEFORE_DROP) return;
    this.logger.warn({ readTimeoutMs }, 'ZooKeeper server silent; dropping the connection');
    this.stopLiveness();
    this.connectionManager.socket?.destroy();
  }
}

function zkErrorFor(abandonment: Abandonment, path: string | undefined): ZkError {
  return new ZkError(abandonment.code, `${zkErrorMessage(abandonment.code, path)} (${abandonment.reason})`, { path });
}
