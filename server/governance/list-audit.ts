/**
 * The audit trail, newest first: who changed which rule, when, why, and the text before and after.
 * Paged with `before` (an entry id); filtered by actor, action and target (node, service key or app).
 */
import type { AuditList, AuditQuery } from '../contract/audit.ts';
import type { GovernanceDeps } from './governance-deps.ts';

export function listAudit(deps: GovernanceDeps, query: AuditQuery): Promise<AuditList> {
  return deps.audit.list(query);
}
