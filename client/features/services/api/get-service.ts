import { queryOptions, useQuery } from '@tanstack/react-query';
import { serviceDetailSchema } from '@contract/services.ts';
import type { ServiceDetail } from '@contract/services.ts';
import { apiGet } from '../../../lib/api-client.ts';
import { serviceKeys } from '../../../lib/query-keys.ts';

/** One service with its providers (effective state, predicted share), consumers and rules. */
export function getService(key: string, signal?: AbortSignal): Promise<ServiceDetail> {
  return apiGet(`/api/services/${encodeURIComponent(key)}`, serviceDetailSchema, { signal });
}

export function serviceQueryOptions(key: string) {
  return queryOptions({
    queryKey: serviceKeys.detail(key),
    queryFn: ({ signal }) => getService(key, signal),
  });
}

export function useService(key: string) {
  return useQuery(serviceQueryOptions(key));
}
