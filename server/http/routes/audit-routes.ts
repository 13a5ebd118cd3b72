import { apiRoute, type ApiRoute, VIEWER } from '../api-route.ts';
import { auditQuerySchema } from '../../contract/audit.ts';
import type { GovernanceDeps } from '../../governance/governance-deps.ts';
import { listAudit } from '../../governance/list-audit.ts';
import { parseRequest } from '../parse-request.ts';

/** The audit trail of governance writes, newest first. */
export function auditRoutes(deps: GovernanceDeps): ApiRoute[] {
  return [
    apiRoute('get', '/audit', VIEWER, 'Audit entries, newest first', async (req, res) => {
      res.json(await listAudit(deps, parseRequest(auditQuerySchema, req.query, 'query')));
    }),
  ];
}
