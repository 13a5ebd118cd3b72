import { queryOptions, useQuery } from '@tanstack/react-query';
import { serviceDetailSchema } from '@contract/services.ts';
import type { ServiceDetail } from '@contract/services.ts';
import { apiGet } from '../../../lib/api-client.ts';
import { serviceKeys } from '../../../lib/query-keys.ts';

/**
 * The service detail governance reads: the rule version to send as expectedVersion, and the providers
 * whose refetched state confirms a write. Same key as the services page's query, so one cache entry.
 */
export function getServiceDetail(key: string, signal?: AbortSignal): Promise<ServiceDetail> {
  return apiGet(`/api/services/${encodeURIComponent(key)}`, serviceDetailSchema, { signal });
}

export function serviceDetailQueryOptions(key: string) {
  return queryOptions({ queryKey: serviceKeys.detail(key), queryFn: ({ signal }) => getServiceDetail(key, signal) });
}

export function useServiceDetail(key: string) {
  return useQuery(serviceDetailQueryOptions(key));
}
