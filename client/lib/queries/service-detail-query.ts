import { useQuery } from '@tanstack/react-query';
import { serviceDetailSchema } from '@contract/services.ts';
import { serviceKeys } from '../query-keys.ts';
import { resourceQuery } from './resource-query.ts';

/**
 * One service with its providers (effective state, predicted share, applied rules), consumers and rules.
 * The service page, the topology side panel and governance (expectedVersion, write confirmation) all
 * read this one entry.
 */
export function serviceDetailQuery(key: string) {
  return resourceQuery({
    queryKey: serviceKeys.detail(key),
    path: `/api/services/${encodeURIComponent(key)}`,
    schema: serviceDetailSchema,
  });
}

export function useServiceDetail(key: string) {
  return useQuery(serviceDetailQuery(key));
}
