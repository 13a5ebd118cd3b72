import { queryOptions, useQuery } from '@tanstack/react-query';
import { serviceDetailSchema } from '@contract/services.ts';
import type { ServiceDetail } from '@contract/services.ts';
import { apiGet } from '../../../lib/api-client.ts';
import { serviceKeys } from '../../../lib/query-keys.ts';

/**
 * The side panel's service: providers with effective state and applied rules, consumers, rules.
 * Same key as the service page, so live invalidation and the cache are shared.
 */
export function getServiceDetail(key: string, signal?: AbortSignal): Promise<ServiceDetail> {
  return apiGet(`/api/services/${encodeURIComponent(key)}`, serviceDetailSchema, { signal });
}

export function serviceDetailQueryOptions(key: string) {
  return queryOptions({
    queryKey: serviceKeys.detail(key),
    queryFn: ({ signal }) => getServiceDetail(key, signal),
  });
}

export function useServiceDetail(key: string) {
  return useQuery(serviceDetailQueryOptions(key));
}
