import { Router } from 'express';
import { auditQuerySchema } from '../../contract/audit.ts';
import type { GovernanceDeps } from '../../governance/governance-deps.ts';
import { listAudit } from '../../governance/list-audit.ts';
import { parseRequest } from '../parse-request.ts';

/** The audit trail of governance writes, newest first. */
export function auditRoutes(deps: GovernanceDeps): Router {
  const router = Router();
  router.get('/audit', async (req, res) => {
    res.json(await listAudit(deps, parseRequest(auditQuerySchema, req.query, 'query')));
  });
  return router;
}
