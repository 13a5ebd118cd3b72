import { queryOptions, useQuery } from '@tanstack/react-query';
import { auditVerificationSchema } from '@contract/audit.ts';
import { apiGet } from '../../../lib/api-client.ts';
import { auditVerificationKeys } from '../../../lib/query-keys.ts';

/** GET /api/audit/verify: walks the audit hash chain (admins only; others get 403 FORBIDDEN). */
export function verifyAudit(signal?: AbortSignal) {
  return apiGet('/api/audit/verify', auditVerificationSchema, { signal });
}

export function auditVerificationQuery() {
  return queryOptions({
    queryKey: auditVerificationKeys.all,
    queryFn: ({ signal }) => verifyAudit(signal),
    // A refusal or a broken chain does not change by asking again at once; the button asks again.
    retry: false,
    staleTime: Infinity,
  });
}

export function useAuditVerification() {
  return useQuery(auditVerificationQuery());
}
