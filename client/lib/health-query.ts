import { queryOptions, useQuery } from '@tanstack/react-query';
import { healthSchema } from '@contract/health.ts';
import type { Health } from '@contract/health.ts';
import type { RegistryStatusEvent } from '@contract/registry-event.ts';
import { apiGet } from './api-client.ts';
import { healthKeys } from './query-keys.ts';

/**
 * Registry and mirror health, shown in the header and the status banner on every page.
 * Live `registry` events patch the cached value at once (see withRegistryStatus) and a refetch
 * follows; polling is the fallback for when the event stream itself is down.
 */
export function getHealth(signal?: AbortSignal): Promise<Health> {
  return apiGet('/api/health', healthSchema, { signal });
}

export function healthQueryOptions(pollMs: number) {
  return queryOptions({
    queryKey: healthKeys.all,
    queryFn: ({ signal }) => getHealth(signal),
    refetchInterval: pollMs,
    refetchIntervalInBackground: false,
  });
}

export function useHealth(options: { streamOpen: boolean }) {
  return useQuery(healthQueryOptions(options.streamOpen ? 30_000 : 5_000));
}

/** Applies a registry status event to cached health; an event older than the cache is ignored. */
export function withRegistryStatus(health: Health | undefined, event: RegistryStatusEvent): Health | undefined {
  if (!health || event.revision < health.mirror.revision) return health;
  const connected = event.state === 'connected' && !event.syncing;
  return {
    ...health,
    status: connected ? health.status : 'degraded',
    registry: { ...health.registry, state: event.state, syncing: event.syncing },
    mirror: { ...health.mirror, revision: event.revision },
  };
}
