import { Router } from 'express';
import { enabledRequestSchema, governanceOperationRequestSchema, weightRequestSchema } from '../../contract/governance.ts';
import type { RuleTarget } from '../../contract/rule-target.ts';
import { applyGovernanceOperation } from '../../governance/apply-governance-operation.ts';
import type { GovernanceDeps } from '../../governance/governance-deps.ts';
import { setInstanceEnabled } from '../../governance/set-instance-enabled.ts';
import { setInstanceWeight } from '../../governance/set-instance-weight.ts';
import { parseRequest } from '../parse-request.ts';
import { resolveActor } from '../resolve-actor.ts';

/** Governance writes: per-instance weight and enabled flag at service or application scope, and bulk. */
export function governanceRoutes(deps: GovernanceDeps): Router {
  const router = Router();
  const scopes: ReadonlyArray<readonly [string, (param: string) => RuleTarget]> = [
    ['/services/:target', (serviceKey) => ({ scope: 'service', serviceKey })],
    ['/applications/:target', (application) => ({ scope: 'application', application })],
  ];
  for (const [prefix, scopeOf] of scopes) {
    router.put(`${prefix}/instances/:address/weight`, async (req, res) => {
      const body = parseRequest(weightRequestSchema, req.body, 'body');
      const { target = '', address = '' } = req.params as Record<string, string | undefined>;
      res.json(await setInstanceWeight(deps, scopeOf(target), address, body, resolveActor(req)));
    });
    router.put(`${prefix}/instances/:address/enabled`, async (req, res) => {
      const body = parseRequest(enabledRequestSchema, req.body, 'body');
      const { target = '', address = '' } = req.params as Record<string, string | undefined>;
      res.json(await setInstanceEnabled(deps, scopeOf(target), address, body, resolveActor(req)));
    });
  }
  router.post('/governance/operations', async (req, res) => {
    const body = parseRequest(governanceOperationRequestSchema, req.body, 'body');
    res.json(await applyGovernanceOperation(deps, body, resolveActor(req)));
  });
  return router;
}
