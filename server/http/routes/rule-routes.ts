import { ADMIN, apiRoute, type ApiRoute, VIEWER } from '../api-route.ts';
import { rollbackRequestSchema, rollbackResultSchema, ruleDetailSchema, ruleHistorySchema, ruleListQuerySchema, ruleListSchema } from '../../contract/rules.ts';
import { getRule } from '../../governance/get-rule.ts';
import type { GovernanceDeps } from '../../governance/governance-deps.ts';
import { listRules } from '../../governance/list-rules.ts';
import { rollbackRule } from '../../governance/rollback-rule.ts';
import { ruleHistory } from '../../governance/rule-history.ts';
import { jsonAnswer } from '../route-answers.ts';
import { PARAM } from '../route-params.ts';
import { resolveActor } from '../resolve-actor.ts';
import { GOVERNANCE_WRITE_ERRORS } from './governance-routes.ts';

/** Rules as stored, their history, and rollback to a recorded state. */
export function ruleRoutes(deps: GovernanceDeps): ApiRoute[] {
  const tags = ['rules'];
  const params = { node: PARAM.ruleNode };
  return [
    apiRoute(
      { method: 'get', path: '/rules', access: VIEWER, summary: 'Rules as stored', tags, query: ruleListQuerySchema, answers: [jsonAnswer(ruleListSchema)] },
      async (_req, res, input) => {
        res.json(await listRules(deps, input.query()));
      },
    ),
    apiRoute(
      {
        method: 'get',
        path: '/rules/:node',
        access: VIEWER,
        summary: 'One rule: raw text, parsed view, ZooKeeper version',
        tags,
        params,
        answers: [jsonAnswer(ruleDetailSchema)],
        errors: { 404: ['RULE_NOT_FOUND'] },
      },
      async (req, res) => {
        res.json(await getRule(deps, req.params.node ?? ''));
      },
    ),
    apiRoute(
      {
        method: 'get',
        path: '/rules/:node/history',
        access: VIEWER,
        summary: 'The recorded versions of a rule',
        tags,
        params,
        answers: [jsonAnswer(ruleHistorySchema)],
        errors: { 404: ['RULE_NOT_FOUND'] },
      },
      async (req, res) => {
        res.json(await ruleHistory(deps, req.params.node ?? ''));
      },
    ),
    apiRoute(
      {
        method: 'post',
        path: '/rules/:node/rollback',
        access: ADMIN,
        summary: 'Restore a rule to a recorded version',
        tags,
        params,
        body: rollbackRequestSchema,
        answers: [jsonAnswer(rollbackResultSchema, 'The rollback write (or its preview with dryRun)')],
        errors: {
          ...GOVERNANCE_WRITE_ERRORS,
          400: ['NOT_SUPPORTED', 'BAD_RULE_NODE'],
          404: ['HISTORY_VERSION_NOT_FOUND'],
          409: [...(GOVERNANCE_WRITE_ERRORS[409] ?? []), 'CONFIRM_DELETE_REQUIRED'],
        },
      },
      async (req, res, input) => {
        const body = input.body();
        // The answer is exactly the contract's shape (parse drops anything the schema does not name).
        res.json(rollbackResultSchema.parse(await rollbackRule(deps, req.params.node ?? '', body, resolveActor(req, res))));
      },
    ),
  ];
}
