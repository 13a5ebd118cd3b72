import { useQuery } from '@tanstack/react-query';
import { applicationListSchema } from '@contract/applications.ts';
import type { ApplicationListQuery } from '@contract/applications.ts';
import { apiPath } from '../../../lib/api-path.ts';
import { resourceQuery } from '../../../lib/queries/resource-query.ts';
import { applicationKeys } from '../../../lib/query-keys.ts';

/** One page of applications; search, sort and paging happen on the server. */
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
