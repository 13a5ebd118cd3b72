/**
 * The tamper-evident audit trail's check: walk every kept entry's link and the chain head, and answer the
 * first broken link (GET /api/audit/verify, admin only).
 */
import type { AuditVerification } from '../contract/audit.ts';
import type { GovernanceDeps } from './governance-deps.ts';

export function verifyAudit(deps: Pick<GovernanceDeps, 'audit' | 'clock'>): Promise<AuditVerification> {
  return deps.audit.verify(deps.clock);
}
