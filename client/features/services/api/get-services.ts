import { useQuery } from '@tanstack/react-query';
import { serviceListSchema } from '@contract/services.ts';
import type { ServiceListQuery } from '@contract/services.ts';
import { apiPath } from '../../../lib/api-path.ts';
import { resourceQuery } from '../../../lib/queries/resource-query.ts';
import { serviceKeys } from '../../../lib/query-keys.ts';

/** One page of services; search, sort and paging happen on the server (fleets have 10,000+). */
export function servicesQuery(query: ServiceListQuery) {
  const { sort, order, limit, offset, q, app } = query;
  return resourceQuery({
    queryKey: serviceKeys.list(query),
    path: apiPath('/api/services', { sort, order, limit, offset, q, app }),
    schema: serviceListSchema,
    keepPrevious: true,
  });
}

export function useServices(query: ServiceListQuery) {
  return useQuery(servicesQuery(query));
}
