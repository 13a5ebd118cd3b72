import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { auditListSchema, type AuditQuery } from '@contract/audit.ts';
import { apiGet } from '../../../lib/api-client.ts';
import { apiPath } from '../../../lib/api-path.ts';
import { auditKeys, type KeyFilter } from '../../../lib/query-keys.ts';

export type AuditFilters = KeyFilter<AuditQuery, 'actor' | 'action' | 'target'>;

const PAGE_SIZE = 50;

/** One page of the audit trail, newest first, older than the `before` cursor. */
export function getAudit(filters: AuditFilters, before: string | undefined, signal?: AbortSignal) {
  return apiGet(apiPath('/api/audit', { limit: PAGE_SIZE, ...filters, before }), auditListSchema, { signal });
}

export function auditQueryOptions(filters: AuditFilters) {
  return infiniteQueryOptions({
    queryKey: auditKeys.list(filters),
    queryFn: ({ pageParam, signal }) => getAudit(filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextBefore ?? undefined,
  });
}

export function useAudit(filters: AuditFilters) {
  return useInfiniteQuery(auditQueryOptions(filters));
}
