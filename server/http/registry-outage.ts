/**
 * What the console says when the registry cannot be reached (pure translation of the mirror's status). While the mirror has read the
 * registry at least once, its last known state is served (and the header says it is stale); before
 * that the snapshot is empty for want of data, not because the registry is empty, so registry reads
 * answer 503 REGISTRY_UNAVAILABLE with what is known instead of an empty list.
 */
import type { RegistryConnection } from '../contract/health.ts';
import { registryUnavailableError, type DomainError } from '../errors/domain-error.ts';
import type { MirrorStatus } from '../registry/registry-mirror.ts';

export function registryConnectionView(connection: MirrorStatus['connection']): RegistryConnection {
  const { lastError } = connection;
  return {
    unreachable: connection.unreachable,
    failedAttempts: connection.failedAttempts,
    lastError: lastError ? { code: lastError.code, message: lastError.message, server: lastError.server, at: lastError.at.toISOString() } : null,
    nextRetryAt: connection.nextRetryAt?.toISOString() ?? null,
  };
}

/** The error registry reads answer with while nothing was ever read and the registry is unreachable. */
export function unreadRegistryError(status: MirrorStatus, address: string): DomainError | undefined {
  if (status.lastSyncAt !== undefined || status.state === 'connected' || !status.connection.unreachable) return undefined;
  const view = registryConnectionView(status.connection);
  const cause = view.lastError?.message ?? 'no connection';
  return registryUnavailableError(
    `Registry unreachable: ${address} (${cause}); nothing has been read from it yet, ${view.failedAttempts} failed connection attempts so far`,
    { address, ...view },
  );
}
