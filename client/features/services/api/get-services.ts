import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { serviceListSchema } from '@contract/services.ts';
import type { ServiceList, ServiceListQuery } from '@contract/services.ts';
import { apiGet } from '../../../lib/api-client.ts';
import { serviceKeys } from '../../../lib/query-keys.ts';

/** One page of services; search, sort and paging happen on the server (fleets have 10,000+). */
export function getServices(query: ServiceListQuery, signal?: AbortSignal): Promise<ServiceList> {
  const params = new URLSearchParams({
    sort: query.sort,
    order: query.order,
    limit: String(query.limit),
    offset: String(query.offset),
  });
  if (query.q) params.set('q', query.q);
  if (query.app) params.set('app', query.app);
  return apiGet(`/api/services?${params.toString()}`, serviceListSchema, { signal });
}

export function servicesQueryOptions(query: ServiceListQuery) {
  return queryOptions({
    queryKey: serviceKeys.list(query),
    queryFn: ({ signal }) => getServices(query, signal),
    // Keep showing the previous page while the next one loads, so paging never flashes empty.
    placeholderData: keepPreviousData,
  });
}

export function useServices(query: ServiceListQuery) {
  return useQuery(servicesQueryOptions(query));
}
