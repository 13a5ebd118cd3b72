import type { Health } from '@contract/health.ts';
import { ApiRequestError } from './api-client.ts';

/**
 * The registry outage health reports, if any: every server failed a connection attempt and none
 * answered since. The header, the banner and the pages' error states all tell it the same way.
 */
export type RegistryOutage = {
  address: string;
  failedAttempts: number;
  /** e.g. ECONNREFUSED, with the message and the server the attempt went to. */
  lastError: { code: string; message: string; server: string } | null;
  nextRetryAt: string | null;
  /** Nothing was ever read from it: pages have no last known state to show. */
  neverRead: boolean;
};

export function registryOutage(health: Health | undefined): RegistryOutage | undefined {
  if (!health) return undefined;
  const { address, state, unreachable, failedAttempts, lastError, nextRetryAt, lastSyncAt } = health.registry;
  if (!unreachable || state === 'connected') return undefined;
  return { address, failedAttempts, lastError, nextRetryAt, neverRead: lastSyncAt === null };
}

/** A 503 that says the registry could not be reached (rather than, say, "still being read"). */
export function isRegistryUnreachableError(error: unknown): error is ApiRequestError {
  if (!(error instanceof ApiRequestError) || error.code !== 'REGISTRY_UNAVAILABLE') return false;
  const details = typeof error.details === 'object' && error.details !== null ? (error.details as Record<string, unknown>) : {};
  // The guard's answer says `unreachable`; the rule store's names the ZooKeeper code it got.
  return details['unreachable'] === true || typeof details['code'] === 'string';
}
