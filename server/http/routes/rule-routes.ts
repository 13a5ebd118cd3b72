import { Router } from 'express';
import { rollbackRequestSchema, rollbackResultSchema, ruleListQuerySchema } from '../../contract/rules.ts';
import { getRule } from '../../governance/get-rule.ts';
import type { GovernanceDeps } from '../../governance/governance-deps.ts';
import { listRules } from '../../governance/list-rules.ts';
import { rollbackRule } from '../../governance/rollback-rule.ts';
import { ruleHistory } from '../../governance/rule-history.ts';
import { parseRequest } from '../parse-request.ts';
import { resolveActor } from '../resolve-actor.ts';

/** Rules as stored, their history, and rollback to a recorded state. */
export function ruleRoutes(deps: GovernanceDeps): Router {
  const router = Router();
  router.get('/rules', async (req, res) => {
    res.json(await listRules(deps, parseRequest(ruleListQuerySchema, req.query, 'query')));
  });
  router.get('/rules/:node', async (req, res) => {
    res.json(await getRule(deps, req.params.node));
  });
  router.get('/rules/:node/history', async (req, res) => {
    res.json(await ruleHistory(deps, req.params.node));
  });
  router.post('/rules/:node/rollback', async (req, res) => {
    const body = parseRequest(rollbackRequestSchema, req.body, 'body');
    // The answer is exactly the contract's shape (parse drops anything the schema does not name).
    res.json(rollbackResultSchema.parse(await rollbackRule(deps, req.params.node, body, resolveActor(req))));
  });
  return router;
}
