import { ADMIN, apiRoute, type ApiRoute, VIEWER } from '../api-route.ts';
import { auditQuerySchema, auditVerificationSchema } from '../../contract/audit.ts';
import type { GovernanceDeps } from '../../governance/governance-deps.ts';
import { listAudit } from '../../governance/list-audit.ts';
import { verifyAudit } from '../../governance/verify-audit.ts';
import { parseRequest } from '../parse-request.ts';

/** The audit trail of governance writes, newest first, and the check of its hash chain. */
export function auditRoutes(deps: GovernanceDeps): ApiRoute[] {
  return [
    apiRoute('get', '/audit', VIEWER, 'Audit entries, newest first', async (req, res) => {
      res.json(await listAudit(deps, parseRequest(auditQuerySchema, req.query, 'query')));
    }),
    apiRoute('get', '/audit/verify', ADMIN, 'Walks the audit hash chain and reports the first broken link', async (_req, res) => {
      res.json(auditVerificationSchema.parse(await verifyAudit(deps)));
    }),
  ];
}
