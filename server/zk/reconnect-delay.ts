// When the next connection attempt starts, after `failedAttempts` consecutive failures (pure).
// Every server of the ensemble is tried once in turn without waiting; after a whole round failed:
//  - while a session may still be alive on the servers (we lost it less than a session timeout ago),
//    about once a second like the Java client, so it is reattached before it expires;
//  - otherwise backing off 1 s, 2 s, 4 s, 8 s, then every 10 s — a registry that is down does not
//    get (nor fill the log with) an attempt a second for ever.

export const SESSION_RECONNECT_DELAY_MS = 1000;
export const FIRST_BACKOFF_MS = 1000;
export const MAX_BACKOFF_MS = 10_000;

export interface ReconnectSituation {
  readonly failedAttempts: number;
  readonly serverCount: number;
  /** A session we held may still be alive on the servers. */
  readonly sessionMayLive: boolean;
}

export function reconnectDelayMs({ failedAttempts, serverCount, sessionMayLive }: ReconnectSituation): number {
  const servers = Math.max(1, serverCount);
  if (failedAttempts <= 0 || failedAttempts % servers !== 0) return 0;
  if (sessionMayLive) return SESSION_RECONNECT_DELAY_MS;
  const rounds = failedAttempts / servers;
  return Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** Math.min(rounds - 1, 30));
}
