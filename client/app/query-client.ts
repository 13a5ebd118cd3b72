import { QueryClient } from '@tanstack/react-query';
import { shouldRetryRequest } from '../lib/api-client.ts';

/**
 * Data is refreshed by live events (invalidation), so it can stay fresh for a while; focus refetch
 * is the safety net when the event stream was down unnoticed.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        gcTime: 5 * 60_000,
        retry: shouldRetryRequest,
        refetchOnWindowFocus: true,
      },
    },
  });
}
