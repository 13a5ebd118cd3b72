import { useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Health } from '@contract/health.ts';
import { changeInvalidations, releaseChangeInvalidations } from './change-invalidations.ts';
import type { ChangeInvalidation } from './change-invalidations.ts';
import { withRegistryStatus } from './health-query.ts';
import { createInvalidationBatcher } from './invalidation-batcher.ts';
import { openLiveEventStream } from './live-event-stream.ts';
import type { LiveStreamStatus } from './live-event-stream.ts';
import { healthKeys } from './query-keys.ts';

/** Bursts of change events become one round of refetches per this interval. */
const INVALIDATION_INTERVAL_MS = 250;

/**
 * Subscribes the app to `/api/events` once (mount it in the shell) and turns events into query
 * invalidations. Returns the stream status for the banner and the header.
 */
export function useLiveEvents(url = '/api/events'): LiveStreamStatus {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<LiveStreamStatus>('connecting');

  useEffect(() => {
    const batcher = createInvalidationBatcher({
      intervalMs: INVALIDATION_INTERVAL_MS,
      flush: (plan) => invalidate(queryClient, plan),
    });
    const close = openLiveEventStream({
      url,
      createEventSource: (target) => new EventSource(target),
      handlers: {
        onStatus: setStatus,
        onChange: (change) => batcher.add(changeInvalidations(change)),
        onReleases: (change) => batcher.add(releaseChangeInvalidations(change)),
        onRegistry: (event) => {
          // Show the new registry state at once; the refetch that follows fills in the rest.
          queryClient.setQueryData<Health>(healthKeys.all, (health) => withRegistryStatus(health, event));
          batcher.add({ kind: 'keys', keys: [healthKeys.all] });
          // What failed while the registry was away (not retried, see shouldRetryRequest) loads now.
          if (event.state === 'connected' && !event.syncing) void queryClient.refetchQueries({ type: 'active', predicate: (query) => query.state.status === 'error' });
        },
        onResync: () => batcher.add({ kind: 'everything' }),
      },
    });
    return () => {
      close();
      batcher.cancel();
    };
  }, [queryClient, url]);
  return status;
}

function invalidate(queryClient: QueryClient, plan: ChangeInvalidation): void {
  if (plan.kind === 'everything') {
    void queryClient.invalidateQueries();
    return;
  }
  for (const queryKey of plan.keys) void queryClient.invalidateQueries({ queryKey });
}
