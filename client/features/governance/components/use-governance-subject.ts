import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { applicationDetailQuery } from '../../../lib/queries/application-detail-query.ts';
import { serviceDetailQuery } from '../../../lib/queries/service-detail-query.ts';
import { applicationSubject, serviceSubject } from '../governance-subject.ts';
import type { GovernanceSubject } from '../governance-subject.ts';

/** Which page the governance controls sit on. */
export type SubjectSource = { serviceKey: string } | { application: string };

/**
 * The subject of a service or application page, from the same cached query the page itself shows
 * (live events refetch it), and a reload that refetches it and answers the fresh subject.
 */
export function useGovernanceSubject(source: SubjectSource) {
  const serviceKey = 'serviceKey' in source ? source.serviceKey : undefined;
  const application = 'application' in source ? source.application : undefined;
  const service = useQuery({ ...serviceDetailQuery(serviceKey ?? ''), enabled: serviceKey !== undefined });
  const app = useQuery({ ...applicationDetailQuery(application ?? ''), enabled: application !== undefined });
  const serviceData = serviceKey === undefined ? undefined : service.data;
  const appData = application === undefined ? undefined : app.data;
  const subject = useMemo<GovernanceSubject | undefined>(() => {
    if (serviceData) return serviceSubject(serviceData);
    return appData ? applicationSubject(appData) : undefined;
  }, [serviceData, appData]);
  const refetchService = service.refetch;
  const refetchApp = app.refetch;
  const reload = useCallback(async (): Promise<GovernanceSubject | undefined> => {
    if (serviceKey !== undefined) {
      const fresh = (await refetchService()).data;
      return fresh ? serviceSubject(fresh) : undefined;
    }
    const fresh = (await refetchApp()).data;
    return fresh ? applicationSubject(fresh) : undefined;
  }, [serviceKey, refetchService, refetchApp]);
  return { subject, reload };
}
