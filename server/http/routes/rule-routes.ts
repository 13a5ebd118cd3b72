import { apiRoute, type ApiRoute, ADMIN, VIEWER } from '../api-route.ts';
import { rollbackRequestSchema, rollbackResultSchema, ruleListQuerySchema } from '../../contract/rules.ts';
import { getRule } from '../../governance/get-rule.ts';
import type { GovernanceDeps } from '../../governance/governance-deps.ts';
import { listRules } from '../../governance/list-rules.ts';
import { rollbackRule } from '../../governance/rollback-rule.ts';
import { ruleHistory } from '../../governance/rule-history.ts';
import { parseRequest } from '../parse-request.ts';
import { resolveActor } from '../resolve-actor.ts';

/** Rules as stored, their history, and rollback to a recorded state. */
export function ruleRoutes(deps: GovernanceDeps): ApiRoute[] {
  return [
    apiRoute('get', '/rules', VIEWER, 'Rules as stored', async (req, res) => {
      res.json(await listRules(deps, parseRequest(ruleListQuerySchema, req.query, 'query')));
    }),
    apiRoute('get', '/rules/:node', VIEWER, 'One rule: raw text, parsed view, ZooKeeper version', async (req, res) => {
      res.json(await getRule(deps, (req.params.node ?? '')));
    }),
    apiRoute('get', '/rules/:node/history', VIEWER, 'The recorded versions of a rule', async (req, res) => {
      res.json(await ruleHistory(deps, (req.params.node ?? '')));
    }),
    apiRoute('post', '/rules/:node/rollback', ADMIN, 'Restore a rule to a recorded version', async (req, res) => {
      const body = parseRequest(rollbackRequestSchema, req.body, 'body');
      // The answer is exactly the contract's shape (parse drops anything the schema does not name).
      res.json(rollbackResultSchema.parse(await rollbackRule(deps, req.params.node ?? '', body, resolveActor(req, res))));
    }),
  ];
}
