import { useQuery } from '@tanstack/react-query';
import { serviceDetailSchema } from '@contract/services.ts';
import { serviceKeys } from '../query-keys.ts';
import { detailQuery } from './resource-query.ts';

/**
 * One service with its providers (effective state, predicted share, applied rules), consumers and rules.
 * The service page, the topology side panel and governance (expectedVersion, write confirmation) all
 * read this one entry.
 */
export const serviceDetailQuery = detailQuery({ key: serviceKeys.detail, collection: '/api/services', schema: serviceDetailSchema });

export function useServiceDetail(key: string) {
  return useQuery(serviceDetailQuery(key));
}
