// The one place that classifies ZooKeeper trouble by what it says about the registry's availability:
//  - connection trouble: the request failed because there was no usable connection (retry once it is back);
//  - registry unavailable: connection trouble, or the registry refused our credentials — either way the
//    console cannot serve the request now (503), nothing is wrong with the request itself;
//  - access denied: the registry refused the console's credentials for that node (NO_AUTH: the node's ACL
//    does not let us; AUTH_FAILED: our credentials were rejected) — a 403, not an outage to retry;
//  - outcome unknown: the request was sent and the answer lost, so a write may or may not have been applied;
//  - a failed connection attempt: what stopped it, and whether that is the ordinary "nothing answers
//    there" (refused, unreachable, timed out: one short log line) or something to log with its stack.

import { ZkError } from './zk-error.ts';
import type { ZkErrorCode } from './zk-error.ts';

const CONNECTION_CODES: ReadonlySet<ZkErrorCode> = new Set([
  'CONNECTION_LOSS',
  'SESSION_EXPIRED',
  'NOT_CONNECTED',
  'CLOSED',
  'OPERATION_TIMEOUT',
]);

/** The call failed for want of a connection (a ZkError with a connection code). */
export function isConnectionTrouble(error: unknown): error is ZkError {
  return error instanceof ZkError && CONNECTION_CODES.has(error.code);
}

/** The registry cannot serve anything right now: connection trouble or rejected credentials. */
export function isRegistryUnavailable(error: unknown): error is ZkError {
  return isConnectionTrouble(error) || (error instanceof ZkError && error.code === 'AUTH_FAILED');
}

/** The registry refused the console's credentials for the node (its ACL) or refused the credentials. */
export function isAccessDenied(error: unknown): error is ZkError {
  return error instanceof ZkError && (error.code === 'NO_AUTH' || error.code === 'AUTH_FAILED');
}

/** The request was sent and its answer lost (CONNECTION_LOSS): a write may or may not have been applied. */
export function isOutcomeUnknown(error: unknown): error is ZkError {
  return error instanceof ZkError && error.code === 'CONNECTION_LOSS';
}

/** Why one connection attempt to one server ended before the ZooKeeper handshake completed. */
export interface AttemptFailureCause {
  /** The socket error code (ECONNREFUSED, ENOTFOUND, …), HANDSHAKE_TIMEOUT or CONNECTION_CLOSED. */
  readonly code: string;
  readonly message: string;
  /** An ordinary outage (nothing listens, host unreachable, no answer): log one line, no stack. */
  readonly ordinary: boolean;
  /** The error itself when it is not ordinary, to log with its stack. */
  readonly error?: unknown;
}

const ORDINARY_SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EADDRNOTAVAIL',
]);

/** A socket error of a connection attempt, as a cause. */
export function socketFailureCause(error: unknown): AttemptFailureCause {
  const code = typeof (error as { code?: unknown } | null)?.code === 'string' ? String((error as { code: string }).code) : 'SOCKET_ERROR';
  const message = error instanceof Error ? error.message : String(error);
  const ordinary = ORDINARY_SOCKET_CODES.has(code);
  return ordinary ? { code, message, ordinary } : { code, message, ordinary, error };
}

export function handshakeTimeoutCause(timeoutMs: number): AttemptFailureCause {
  return { code: 'HANDSHAKE_TIMEOUT', message: `no answer to the ZooKeeper handshake within ${timeoutMs} ms`, ordinary: true };
}

export const CONNECTION_CLOSED_CAUSE: AttemptFailureCause = {
  code: 'CONNECTION_CLOSED',
  message: 'the server closed the connection before the handshake completed',
  ordinary: true,
};

export const CONNECT_TIMEOUT_CAUSE: AttemptFailureCause = {
  code: 'CONNECT_TIMEOUT',
  message: 'the TCP connection was not established in time',
  ordinary: true,
};
