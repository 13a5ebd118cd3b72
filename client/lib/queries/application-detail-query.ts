import { useQuery } from '@tanstack/react-query';
import { applicationDetailSchema } from '@contract/applications.ts';
import { applicationKeys } from '../query-keys.ts';
import { resourceQuery } from './resource-query.ts';

/**
 * One application: instances and roles, the services it provides and consumes, its neighbours and the
 * `<app>.configurators` version. The application page, the topology side panel and application-scope
 * governance all read this one entry.
 */
export function applicationDetailQuery(name: string) {
  return resourceQuery({
    queryKey: applicationKeys.detail(name),
    path: `/api/applications/${encodeURIComponent(name)}`,
    schema: applicationDetailSchema,
  });
}

export function useApplicationDetail(name: string) {
  return useQuery(applicationDetailQuery(name));
}
