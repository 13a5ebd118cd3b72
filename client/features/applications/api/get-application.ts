import { queryOptions, useQuery } from '@tanstack/react-query';
import { applicationDetailSchema } from '@contract/applications.ts';
import type { ApplicationDetail } from '@contract/applications.ts';
import { apiGet } from '../../../lib/api-client.ts';
import { applicationKeys } from '../../../lib/query-keys.ts';

/** One application: its instances and roles, the services it provides and consumes, its neighbours. */
export function getApplication(name: string, signal?: AbortSignal): Promise<ApplicationDetail> {
  return apiGet(`/api/applications/${encodeURIComponent(name)}`, applicationDetailSchema, { signal });
}

export function applicationQueryOptions(name: string) {
  return queryOptions({
    queryKey: applicationKeys.detail(name),
    queryFn: ({ signal }) => getApplication(name, signal),
  });
}

export function useApplication(name: string) {
  return useQuery(applicationQueryOptions(name));
}
