import { useQuery } from '@tanstack/react-query';
import { applicationListSchema } from '@contract/applications.ts';
import type { ApplicationListQuery } from '@contract/applications.ts';
import { apiPath } from '../api-path.ts';
import { resourceQuery } from './resource-query.ts';
import { applicationKeys } from '../query-keys.ts';

/** One page of applications; search, sort and paging happen on the server (the list page, the release wizard's picker). */
export function applicationsQuery(query: ApplicationListQuery) {
  const { sort, order, limit, offset, q } = query;
  return resourceQuery({
    queryKey: applicationKeys.list(query),
    path: apiPath('/api/applications', { sort, order, limit, offset, q }),
    schema: applicationListSchema,
    keepPrevious: true,
  });
}

export function useApplications(query: ApplicationListQuery) {
  return useQuery(applicationsQuery(query));
}
