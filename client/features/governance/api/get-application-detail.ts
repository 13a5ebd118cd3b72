import { queryOptions } from '@tanstack/react-query';
import { applicationDetailSchema } from '@contract/applications.ts';
import type { ApplicationDetail } from '@contract/applications.ts';
import { apiGet } from '../../../lib/api-client.ts';
import { applicationKeys } from '../../../lib/query-keys.ts';

/**
 * The application detail governance reads at application scope: the `<app>.configurators` version to
 * send as expectedVersion, and the instances' service states whose refetch confirms a write. Same key
 * as the application page's query, so one cache entry.
 */
export function getApplicationDetail(name: string, signal?: AbortSignal): Promise<ApplicationDetail> {
  return apiGet(`/api/applications/${encodeURIComponent(name)}`, applicationDetailSchema, { signal });
}

export function applicationDetailQueryOptions(name: string) {
  return queryOptions({ queryKey: applicationKeys.detail(name), queryFn: ({ signal }) => getApplicationDetail(name, signal) });
}
