import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { shouldRetryRequest } from '../lib/api-client.ts';

type QueryClientOptions = {
  /** Every failed query or mutation passes here: the app sends a 401 UNAUTHENTICATED to the login page. */
  onError?: (error: unknown) => void;
};

/**
 * Data is refreshed by live events (invalidation), so it can stay fresh for a while; focus refetch
 * is the safety net when the event stream was down unnoticed.
 */
export function createQueryClient(options: QueryClientOptions = {}): QueryClient {
  const onError = options.onError ?? (() => undefined);
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
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
