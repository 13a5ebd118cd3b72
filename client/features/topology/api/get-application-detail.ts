import { queryOptions, useQuery } from '@tanstack/react-query';
import { applicationDetailSchema } from '@contract/applications.ts';
import type { ApplicationDetail } from '@contract/applications.ts';
import { apiGet } from '../../../lib/api-client.ts';
import { applicationKeys } from '../../../lib/query-keys.ts';

/**
 * The side panel's application: instances, provided and consumed services, neighbours. Same key as
 * the application page (same response, same schema), so live invalidation and the cache are shared.
 */
export function getApplicationDetail(name: string, signal?: AbortSignal): Promise<ApplicationDetail> {
  return apiGet(`/api/applications/${encodeURIComponent(name)}`, applicationDetailSchema, { signal });
}

export function applicationDetailQueryOptions(name: string) {
  return queryOptions({
    queryKey: applicationKeys.detail(name),
    queryFn: ({ signal }) => getApplicationDetail(name, signal),
  });
}

export function useApplicationDetail(name: string) {
  return useQuery(applicationDetailQueryOptions(name));
}
