// Whether the registry can be reached, as the console tells it: consecutive failed connection attempts,
// the last one's cause, when the next starts. Each failure is one log line (no stack for an ordinary
// outage such as ECONNREFUSED); the first connection after failures logs the recovery.
// `unreachable` means a whole round of the ensemble failed: calls then fail at once instead of waiting.

import type { Logger } from 'pino';
import type { AttemptFailure } from './connection-attempts.ts';

export interface ZkConnectionError {
  readonly code: string;
  readonly message: string;
  /** host:port of the attempt that failed. */
  readonly server: string;
  readonly at: Date;
}

export interface ZkConnectionHealth {
  /** Consecutive failed connection attempts since the last connection (0 while connected). */
  readonly failedAttempts: number;
  /** The last failed attempt's cause; undefined once connected. */
  readonly lastError: ZkConnectionError | undefined;
  /** When the next attempt starts, while waiting for it. */
  readonly nextRetryAt: Date | undefined;
  readonly unreachable: boolean;
}

const HEALTHY: ZkConnectionHealth = { failedAttempts: 0, lastError: undefined, nextRetryAt: undefined, unreachable: false };

export class Reachability {
  private current: ZkConnectionHealth = HEALTHY;
  private downSince: Date | undefined;

  constructor(
    private readonly logger: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {}

  get health(): ZkConnectionHealth {
    return this.current;
  }

  /** Records a failed attempt and logs it; true if the registry now counts as unreachable. */
  failed({ server, cause, retryInMs }: AttemptFailure): boolean {
    const at = this.now();
    this.downSince ??= at;
    const failedAttempts = this.current.failedAttempts + 1;
    const unreachable = this.current.unreachable || retryInMs > 0;
    this.current = {
      failedAttempts,
      lastError: { code: cause.code, message: cause.message, server, at },
      nextRetryAt: retryInMs > 0 ? new Date(at.getTime() + retryInMs) : undefined,
      unreachable,
    };
    const next = retryInMs > 0 ? `next attempt in ${formatSeconds(retryInMs)}` : 'trying the next server';
    const fields = { server, attempt: failedAttempts, code: cause.code, retryInMs, ...(cause.ordinary ? {} : { err: cause.error }) };
    this.logger.warn(fields, `ZooKeeper connection attempt ${failedAttempts} failed: ${cause.message}; ${next}`);
    return unreachable;
  }

  /** A connection was made: forget the outage, and say it ended if there was one. */
  connected(fields: Readonly<Record<string, unknown>>): void {
    const { failedAttempts } = this.current;
    const downSince = this.downSince;
    this.current = HEALTHY;
    this.downSince = undefined;
    if (failedAttempts === 0 || downSince === undefined) {
      this.logger.info(fields, 'ZooKeeper connected');
      return;
    }
    const downForMs = this.now().getTime() - downSince.getTime();
    this.logger.info(
      { ...fields, failedAttempts, downForMs },
      `ZooKeeper reachable again: connected after ${failedAttempts} failed attempts (${formatSeconds(downForMs)})`,
    );
  }
}

function formatSeconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1).replace(/\.0$/, '')} s` : `${Math.round(ms / 1000)} s`;
}
