import { useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Health } from '@contract/health.ts';
import { changeInvalidations } from './change-invalidations.ts';
import { withRegistryStatus } from './health-query.ts';
import { openLiveEventStream } from './live-event-stream.ts';
import type { LiveStreamStatus } from './live-event-stream.ts';
import { healthKeys } from './query-keys.ts';

/**
 * Subscribes the app to `/api/events` once (mount it in the shell) and turns events into query
 * invalidations. Returns the stream status for the banner.
 */
export function useLiveEvents(url = '/api/events'): LiveStreamStatus {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<LiveStreamStatus>('connecting');

  useEffect(
    () =>
      openLiveEventStream({
        url,
        createEventSource: (target) => new EventSource(target),
        handlers: {
          onStatus: setStatus,
          onChange: (change) => invalidate(queryClient, changeInvalidations(change)),
          onRegistry: (event) => {
            queryClient.setQueryData<Health>(healthKeys.all, (health) => withRegistryStatus(health, event));
            void queryClient.invalidateQueries({ queryKey: healthKeys.all });
          },
          onResync: () => void queryClient.invalidateQueries(),
        },
      }),
    [queryClient, url],
  );
  return status;
}

function invalidate(queryClient: QueryClient, plan: ReturnType<typeof changeInvalidations>): void {
  if (plan.kind === 'everything') {
    void queryClient.invalidateQueries();
    return;
  }
  for (const queryKey of plan.keys) void queryClient.invalidateQueries({ queryKey });
}
