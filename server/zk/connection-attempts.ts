// The connection attempts of one library instance (library glue, used by library-session.ts only).
// An attempt runs from the socket's creation to the end of the ZooKeeper handshake; one that ends before
// (refused, timed out, closed by the server) is a failure with a cause, and decides when the next
// attempt starts (reconnect-delay.ts). The library asks for the next attempt right after the socket
// closed, so the delay decided by `ended()` is the one `schedule` applies.

import type { Socket } from 'node:net';
import { reconnectDelayMs } from './reconnect-delay.ts';
import {
  CONNECT_TIMEOUT_CAUSE,
  CONNECTION_CLOSED_CAUSE,
  handshakeTimeoutCause,
  socketFailureCause,
  type AttemptFailureCause,
} from './zk-availability.ts';

interface Attempt {
  readonly server: string;
  tcpConnected: boolean;
  handshakeDone: boolean;
  cause: AttemptFailureCause | undefined;
}

export interface AttemptFailure {
  readonly server: string;
  readonly cause: AttemptFailureCause;
  /** When the next attempt starts, from now. */
  readonly retryInMs: number;
}

export interface ConnectionAttemptsOptions {
  readonly handshakeTimeoutMs: number;
  readonly serverCount: () => number;
  readonly sessionTimeoutMs: () => number;
  /** The socket of the attempt in progress, destroyed when its handshake times out. */
  readonly socket: () => Socket | undefined;
}

export class ConnectionAttempts {
  private attempt: Attempt | undefined;
  /** Consecutive failures since the last completed handshake. */
  private failures = 0;
  private nextDelayMs = 0;
  private attemptTimer: NodeJS.Timeout | undefined;
  private handshakeTimer: NodeJS.Timeout | undefined;
  /** When the live connection last dropped: its session may outlive that by the session timeout. */
  private lostAt: number | undefined;
  private stopped = false;

  constructor(private readonly options: ConnectionAttemptsOptions) {}

  /** The library wants to connect: start the attempt now, or after the delay the last failure decided. */
  readonly schedule = (begin: () => void): void => {
    const delayMs = this.nextDelayMs;
    this.nextDelayMs = 0;
    const run = (): void => {
      this.attemptTimer = undefined;
      if (!this.stopped) begin();
    };
    if (delayMs <= 0) process.nextTick(run);
    else this.attemptTimer = setTimeout(run, delayMs);
  };

  /** The library opened a socket to `server`. */
  readonly started = (server: string, socket: Socket | undefined): void => {
    const attempt: Attempt = { server, tcpConnected: false, handshakeDone: false, cause: undefined };
    this.attempt = attempt;
    socket?.once('connect', () => {
      attempt.tcpConnected = true;
    });
    socket?.once('error', (error) => {
      attempt.cause ??= socketFailureCause(error);
    });
    this.clearHandshakeTimer();
    const timeoutMs = this.options.handshakeTimeoutMs;
    this.handshakeTimer = setTimeout(() => {
      this.handshakeTimer = undefined;
      if (this.attempt !== attempt || attempt.handshakeDone) return;
      attempt.cause ??= handshakeTimeoutCause(timeoutMs);
      this.options.socket()?.destroy();
    }, timeoutMs);
  };

  /** The handshake completed. */
  connected(): void {
    this.clearHandshakeTimer();
    if (this.attempt) this.attempt.handshakeDone = true;
    this.failures = 0;
    this.lostAt = undefined;
  }

  /** The socket closed: undefined if it was a live connection that dropped, else the failed attempt. */
  ended(): AttemptFailure | undefined {
    this.clearHandshakeTimer();
    const attempt = this.attempt;
    this.attempt = undefined;
    if (attempt === undefined || attempt.handshakeDone) {
      this.lostAt = Date.now();
      return undefined;
    }
    this.failures += 1;
    const sessionMayLive = this.lostAt !== undefined && Date.now() - this.lostAt < this.options.sessionTimeoutMs();
    const retryInMs = reconnectDelayMs({ failedAttempts: this.failures, serverCount: this.options.serverCount(), sessionMayLive });
    this.nextDelayMs = retryInMs;
    const cause = attempt.cause ?? (attempt.tcpConnected ? CONNECTION_CLOSED_CAUSE : CONNECT_TIMEOUT_CAUSE);
    return { server: attempt.server, cause, retryInMs };
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.attemptTimer);
    this.clearHandshakeTimer();
  }

  private clearHandshakeTimer(): void {
    clearTimeout(this.handshakeTimer);
    this.handshakeTimer = undefined;
  }
}
