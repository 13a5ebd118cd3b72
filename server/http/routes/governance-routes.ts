import { apiRoute, type ApiRoute, OPERATOR } from '../api-route.ts';
import { enabledRequestSchema, governanceOperationRequestSchema, governanceResultSchema, weightRequestSchema } from '../../contract/governance.ts';
import type { RuleTarget } from '../../contract/rule-target.ts';
import { applyGovernanceOperation } from '../../governance/apply-governance-operation.ts';
import type { GovernanceDeps } from '../../governance/governance-deps.ts';
import { setInstanceEnabled } from '../../governance/set-instance-enabled.ts';
import { setInstanceWeight } from '../../governance/set-instance-weight.ts';
import { jsonAnswer, type RouteErrors } from '../route-answers.ts';
import { PARAM } from '../route-params.ts';
import { resolveActor } from '../resolve-actor.ts';

/** What a governance write may answer besides the generic errors (guardrails need `force`, stale versions 409). */
export const GOVERNANCE_WRITE_ERRORS: RouteErrors = {
  400: ['NOT_SUPPORTED'],
  403: ['REGISTRY_ACCESS_DENIED'],
  404: ['UNKNOWN_SERVICE', 'UNKNOWN_APPLICATION', 'UNKNOWN_INSTANCE'],
  409: ['CONFLICT', 'LAST_PROVIDER', 'ALL_WEIGHTS_ZERO', 'INVALID_RULE_FILE'],
};

const RESULT = jsonAnswer(governanceResultSchema, 'The write (or its preview with dryRun): rule reference, new version, diff and predicted traffic');

/** Governance writes: per-instance weight and enabled flag at service or application scope, and bulk. */
export function governanceRoutes(deps: GovernanceDeps): ApiRoute[] {
  const scopes: ReadonlyArray<readonly [string, string, string, (param: string) => RuleTarget]> = [
    ['/services/:target', 'service', PARAM.serviceKey, (serviceKey) => ({ scope: 'service', serviceKey })],
    ['/applications/:target', 'application', PARAM.application, (application) => ({ scope: 'application', application })],
  ];
  const tags = ['governance'];
  const common = { access: OPERATOR, tags, answers: [RESULT], errors: GOVERNANCE_WRITE_ERRORS } as const;
  return [
    ...scopes.flatMap(([prefix, scopeName, target, scopeOf]) => [
      apiRoute(
        { ...common, method: 'put', path: `${prefix}/instances/:address/weight`, summary: `Set one instance's weight at ${scopeName} scope`, params: { target, address: PARAM.address }, body: weightRequestSchema },
        async (req, res, input) => {
          const body = input.body();
          const { target = '', address = '' } = req.params as Record<string, string | undefined>;
          res.json(await setInstanceWeight(deps, scopeOf(target), address, body, resolveActor(req, res)));
        },
      ),
      apiRoute(
        { ...common, method: 'put', path: `${prefix}/instances/:address/enabled`, summary: `Disable or enable one instance at ${scopeName} scope`, params: { target, address: PARAM.address }, body: enabledRequestSchema },
        async (req, res, input) => {
          const body = input.body();
          const { target = '', address = '' } = req.params as Record<string, string | undefined>;
          res.json(await setInstanceEnabled(deps, scopeOf(target), address, body, resolveActor(req, res)));
        },
      ),
    ]),
    apiRoute(
      {
        ...common,
        method: 'post',
        path: '/governance/operations',
        summary: 'Several weight/enabled edits as one previewable write',
        body: governanceOperationRequestSchema,
        errors: { ...GOVERNANCE_WRITE_ERRORS, 400: ['NOT_SUPPORTED', 'BAD_ACTION', 'BAD_ADDRESS', 'BAD_TARGET', 'WEIGHT_OUT_OF_RANGE'] },
      },
      async (req, res, input) => {
        res.json(await applyGovernanceOperation(deps, input.body(), resolveActor(req, res)));
      },
    ),
  ];
}
