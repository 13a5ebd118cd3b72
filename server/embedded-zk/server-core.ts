// The server behind the sockets: session negotiation (new, reattach, refuse), session close and
// expiry as transactions, and the binding of sessions to their one live connection.
//
// Invariants: a session is bound to at most one connection (reattaching closes the older one);
// closing or expiring a session deletes its ephemerals under a single zxid; createSession and
// closeSession both consume a zxid, as in ZooKeeper.

import type { ConnectRequest } from './connect-records.ts';
import { invalidSessionResponse } from './connect-records.ts';
import type { Connection, ConnectionHost, HandshakeOutcome } from './connection.ts';
import { ErrorCode } from './error-codes.ts';
import { answerFourLetterWord, type FourLetterWordConfig } from './four-letter-words.ts';
import { operationName } from './opcodes.ts';
import type { EmbeddedZkLogger } from './logger.ts';
import { RequestProcessor, type Outcome } from './request-processor.ts';
import { ServerStats } from './server-stats.ts';
import { SessionTracker, systemClock, type Clock, type Scheduler, type Session } from './session-tracker.ts';
import { ZkDatabase } from './zk-database.ts';

export interface ServerCoreOptions {
  readonly tickTime: number;
  readonly minSessionTimeout: number;
  readonly maxSessionTimeout: number;
  readonly epoch: number;
  readonly superDigest?: string | undefined;
  readonly clock?: Clock | undefined;
  readonly scheduler?: Scheduler | undefined;
  readonly fourLetterWords: FourLetterWordConfig;
  readonly logger?: EmbeddedZkLogger | undefined;
}

const hex = (value: bigint): string => `0x${BigInt.asUintN(64, value).toString(16)}`;

export class ServerCore implements ConnectionHost {
  readonly db: ZkDatabase;
  readonly sessions: SessionTracker;
  readonly stats = new ServerStats();
  readonly connections = new Set<Connection>();
  readonly startedAt: number;
  private readonly bound = new Map<bigint, Connection>();
  private readonly processor: RequestProcessor;
  private readonly clock: Clock;

  constructor(private readonly options: ServerCoreOptions) {
    this.clock = options.clock ?? systemClock;
    this.startedAt = this.clock.now();
    this.db = new ZkDatabase(this.clock, options.epoch);
    this.sessions = new SessionTracker({
      tickTime: options.tickTime,
      clock: this.clock,
      ...(options.scheduler === undefined ? {} : { scheduler: options.scheduler }),
      onExpire: (session) => this.expire(session),
    });
    this.processor = new RequestProcessor({
      db: this.db,
      closeSession: (sessionId) => this.closeSession(sessionId),
      superDigest: options.superDigest,
    });
  }

  get config(): ServerCoreOptions {
    return this.options;
  }

  start(): void {
    this.sessions.start();
  }

  stop(): void {
    this.sessions.stop();
    for (const connection of this.connections) connection.abort();
  }

  accept(connection: Connection): void {
    connection.establishedAt = this.clock.now();
    this.connections.add(connection);
  }

  now(): number {
    return this.clock.now();
  }

  internalError(connection: Connection, error: unknown): void {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    this.options.logger?.warn({ remote: connection.remote, error: message }, 'dropping connection after an internal error');
  }

  handshake(connection: Connection, request: ConnectRequest): HandshakeOutcome {
    this.stats.packetsReceived += 1;
    const withReadOnlyFlag = request.readOnly !== null;
    if (request.lastZxidSeen > this.db.lastZxid) {
      // The client has seen a newer state than ours; ZooKeeper closes without a reply so the
      // client tries another server.
      this.options.logger?.info({ lastZxidSeen: hex(request.lastZxidSeen) }, 'refusing client ahead of server');
      return { kind: 'refused' };
    }
    const timeout = Math.min(Math.max(request.timeout, this.options.minSessionTimeout), this.options.maxSessionTimeout);
    if (request.sessionId === 0n) {
      const session = this.db.transact(() => this.sessions.create(timeout));
      this.bind(session.id, connection);
      this.options.logger?.debug({ sessionId: hex(session.id), timeout }, 'session created');
      return { kind: 'accepted', sessionId: session.id, response: { timeout, sessionId: session.id, password: session.password, withReadOnlyFlag } };
    }
    // ZooKeeper drops the session's current connection before it even checks the password.
    this.bound.get(request.sessionId)?.close();
    this.bound.delete(request.sessionId);
    const session = this.sessions.get(request.sessionId);
    if (session === undefined || session.closing || !session.password.equals(request.password)) {
      return { kind: 'rejected', response: invalidSessionResponse(withReadOnlyFlag) };
    }
    this.sessions.touch(session, timeout);
    this.bind(session.id, connection);
    return { kind: 'accepted', sessionId: session.id, response: { timeout, sessionId: session.id, password: session.password, withReadOnlyFlag } };
  }

  process(connection: Connection, xid: number, type: number, body: Buffer): Outcome {
    this.stats.packetsReceived += 1;
    const session = this.sessions.get(connection.sessionId);
    if (session === undefined || session.closing) {
      return { reply: { xid, zxid: this.db.lastZxid, err: ErrorCode.sessionExpired, body: null }, close: true };
    }
    this.sessions.touch(session, connection.sessionTimeout);
    const started = this.clock.now();
    const outcome = this.processor.process(connection, xid, type, body);
    this.stats.recordLatency(Math.max(0, this.clock.now() - started));
    connection.lastOperation = operationName(type);
    return outcome;
  }

  /** The closeSession transaction: deletes the session's ephemerals (firing their watches). */
  closeSession(sessionId: bigint): bigint {
    const session = this.sessions.get(sessionId);
    if (session !== undefined) session.closing = true;
    const { tree } = this.db;
    this.db.transact((txn) => {
      for (const path of tree.ephemeralsOf(sessionId)) {
        txn.record(tree.deleteNode(path, txn.zxid), { kind: 'deleted', path });
      }
    });
    this.sessions.remove(sessionId);
    return this.db.lastZxid;
  }

  fourLetterWord(word: string): string | null {
    return answerFourLetterWord(word, this);
  }

  connectionClosed(connection: Connection): void {
    this.connections.delete(connection);
    this.db.watches.removeWatcher(connection);
    if (this.bound.get(connection.sessionId) === connection) this.bound.delete(connection.sessionId);
  }

  countSent(): void {
    this.stats.packetsSent += 1;
  }

  private expire(session: Session): void {
    this.options.logger?.info({ sessionId: hex(session.id), timeout: session.timeout }, 'session expired');
    this.closeSession(session.id);
    this.bound.get(session.id)?.close();
    this.bound.delete(session.id);
  }

  private bind(sessionId: bigint, connection: Connection): void {
    this.bound.set(sessionId, connection);
  }
}
