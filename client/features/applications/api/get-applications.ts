import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { applicationListSchema } from '@contract/applications.ts';
import type { ApplicationList, ApplicationListQuery } from '@contract/applications.ts';
import { apiGet } from '../../../lib/api-client.ts';
import { applicationKeys } from '../../../lib/query-keys.ts';

/** One page of applications; search, sort and paging happen on the server. */
export function getApplications(query: ApplicationListQuery, signal?: AbortSignal): Promise<ApplicationList> {
  const params = new URLSearchParams({
    sort: query.sort,
    order: query.order,
    limit: String(query.limit),
    offset: String(query.offset),
  });
  if (query.q) params.set('q', query.q);
  return apiGet(`/api/applications?${params.toString()}`, applicationListSchema, { signal });
}

export function applicationsQueryOptions(query: ApplicationListQuery) {
  return queryOptions({
    queryKey: applicationKeys.list(query),
    queryFn: ({ signal }) => getApplications(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useApplications(query: ApplicationListQuery) {
  return useQuery(applicationsQueryOptions(query));
}
