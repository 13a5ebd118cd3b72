import { apiRoute, type ApiRoute, OPERATOR } from '../api-route.ts';
import { enabledRequestSchema, governanceOperationRequestSchema, weightRequestSchema } from '../../contract/governance.ts';
import type { RuleTarget } from '../../contract/rule-target.ts';
import { applyGovernanceOperation } from '../../governance/apply-governance-operation.ts';
import type { GovernanceDeps } from '../../governance/governance-deps.ts';
import { setInstanceEnabled } from '../../governance/set-instance-enabled.ts';
import { setInstanceWeight } from '../../governance/set-instance-weight.ts';
import { parseRequest } from '../parse-request.ts';
import { resolveActor } from '../resolve-actor.ts';

/** Governance writes: per-instance weight and enabled flag at service or application scope, and bulk. */
export function governanceRoutes(deps: GovernanceDeps): ApiRoute[] {
  const scopes: ReadonlyArray<readonly [string, string, (param: string) => RuleTarget]> = [
    ['/services/:target', 'service', (serviceKey) => ({ scope: 'service', serviceKey })],
    ['/applications/:target', 'application', (application) => ({ scope: 'application', application })],
  ];
  return [
    ...scopes.flatMap(([prefix, scopeName, scopeOf]) => [
      apiRoute('put', `${prefix}/instances/:address/weight`, OPERATOR, `Set one instance's weight at ${scopeName} scope`, async (req, res) => {
        const body = parseRequest(weightRequestSchema, req.body, 'body');
        const { target = '', address = '' } = req.params as Record<string, string | undefined>;
        res.json(await setInstanceWeight(deps, scopeOf(target), address, body, resolveActor(req, res)));
      }),
      apiRoute('put', `${prefix}/instances/:address/enabled`, OPERATOR, `Disable or enable one instance at ${scopeName} scope`, async (req, res) => {
        const body = parseRequest(enabledRequestSchema, req.body, 'body');
        const { target = '', address = '' } = req.params as Record<string, string | undefined>;
        res.json(await setInstanceEnabled(deps, scopeOf(target), address, body, resolveActor(req, res)));
      }),
    ]),
    apiRoute('post', '/governance/operations', OPERATOR, 'Several weight/enabled edits as one previewable write', async (req, res) => {
      const body = parseRequest(governanceOperationRequestSchema, req.body, 'body');
      res.json(await applyGovernanceOperation(deps, body, resolveActor(req, res)));
    }),
  ];
}
