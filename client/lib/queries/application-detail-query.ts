import { useQuery } from '@tanstack/react-query';
import { applicationDetailSchema } from '@contract/applications.ts';
import { applicationKeys } from '../query-keys.ts';
import { detailQuery } from './resource-query.ts';

/**
 * One application: instances and roles, the services it provides and consumes, its neighbours and the
 * `<app>.configurators` version. The application page, the topology side panel and application-scope
 * governance all read this one entry.
 */
export const applicationDetailQuery = detailQuery({ key: applicationKeys.detail, collection: '/api/applications', schema: applicationDetailSchema });

export function useApplicationDetail(name: string) {
  return useQuery(applicationDetailQuery(name));
}
