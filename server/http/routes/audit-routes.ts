import { ADMIN, apiRoute, type ApiRoute, VIEWER } from '../api-route.ts';
import { auditListSchema, auditQuerySchema, auditVerificationSchema } from '../../contract/audit.ts';
import type { GovernanceDeps } from '../../governance/governance-deps.ts';
import { listAudit } from '../../governance/list-audit.ts';
import { verifyAudit } from '../../governance/verify-audit.ts';
import { jsonAnswer } from '../route-answers.ts';

/** The audit trail of governance writes, newest first, and the check of its hash chain. */
export function auditRoutes(deps: GovernanceDeps): ApiRoute[] {
  const tags = ['audit'];
  return [
    apiRoute(
      { method: 'get', path: '/audit', access: VIEWER, summary: 'Audit entries, newest first', tags, query: auditQuerySchema, answers: [jsonAnswer(auditListSchema)] },
      async (_req, res, input) => {
        res.json(await listAudit(deps, input.query()));
      },
    ),
    apiRoute(
      {
        method: 'get',
        path: '/audit/verify',
        access: ADMIN,
        summary: 'Walks the audit hash chain and reports the first broken link',
        tags,
        answers: [jsonAnswer(auditVerificationSchema)],
      },
      async (_req, res) => {
        res.json(auditVerificationSchema.parse(await verifyAudit(deps)));
      },
    ),
  ];
}
