import { apiRoute, type ApiRoute, OPERATOR, VIEWER } from '../api-route.ts';
import { releaseActionRequestSchema, releaseListQuerySchema, releaseListSchema, releaseRequestSchema, releaseSchema } from '../../contract/releases.ts';
import { actOnRelease, type OperatorMove } from '../../releases/act-on-release.ts';
import { createRelease } from '../../releases/create-release.ts';
import { getRelease, listReleases } from '../../releases/list-releases.ts';
import type { ReleaseDeps } from '../../releases/release-deps.ts';
import { jsonAnswer } from '../route-answers.ts';
import { PARAM } from '../route-params.ts';
import { resolveActor } from '../resolve-actor.ts';
import { GOVERNANCE_WRITE_ERRORS } from './governance-routes.ts';

const MOVES: readonly OperatorMove[] = ['start', 'advance', 'pause', 'resume', 'promote', 'rollback'];
const MOVE_SUMMARY: Record<OperatorMove, string> = {
  start: 'Start a planned release (its first step)',
  advance: 'Advance a release to its next step',
  pause: 'Pause a running release',
  resume: 'Resume a paused release',
  promote: 'Promote the canary to all traffic and complete the release',
  rollback: 'Roll a release back to the state before it started',
};

/** Refusals of the release state machine (server/releases/release-state-machine.ts) and of the rule writes a move makes. */
const MOVE_CONFLICTS = ['RELEASE_FINISHED', 'NOT_STARTED', 'ALREADY_STARTED', 'NOT_RUNNING', 'NOT_PAUSED', 'LAST_STEP', 'NOT_LAST_STEP', 'NO_STEPS'];
const WRITE_CONFLICTS = ['RELEASE_CHANGED', 'NO_CANARY_UP', 'CANARY_GONE', 'TARGET_GONE', 'NO_STABLE', 'RULE_CHANGED_SINCE', 'INVALID_RULE_FILE', 'CONFLICT'];
const CREATE_CONFLICTS = ['RELEASE_ACTIVE', 'NO_CANARY', 'NO_STABLE', 'TAG_NOT_ISOLATED', 'TAG_STRANDED', 'UNTAGGED_STRANDED', 'INVALID_RULE_FILE'];

/** Gray releases: list, create (or dry-run), read one, and the operator's moves. */
export function releaseRoutes(deps: ReleaseDeps): ApiRoute[] {
  const tags = ['releases'];
  const params = { id: PARAM.releaseId };
  return [
    apiRoute(
      { method: 'get', path: '/releases', access: VIEWER, summary: 'List gray releases', tags, query: releaseListQuerySchema, answers: [jsonAnswer(releaseListSchema)] },
      async (_req, res, input) => {
        res.json({ items: await listReleases(deps, input.query()) });
      },
    ),
    apiRoute(
      {
        method: 'post',
        path: '/releases',
        access: OPERATOR,
        summary: 'Create a gray release (or preview it with dryRun)',
        tags,
        body: releaseRequestSchema,
        answers: [jsonAnswer(releaseSchema, 'The release, stored (and started with start: true)', 201), jsonAnswer(releaseSchema, 'dryRun: the planned release, nothing stored or written')],
        errors: {
          400: ['BAD_STEPS', 'BAD_HOLD', 'BAD_ADDRESS', 'BAD_TARGET', 'TAG_NEEDS_TAG_MODE'],
          403: ['REGISTRY_ACCESS_DENIED'],
          404: ['UNKNOWN_APPLICATION', 'UNKNOWN_SERVICE', 'UNKNOWN_INSTANCE'],
          409: CREATE_CONFLICTS,
        },
      },
      async (req, res, input) => {
        const body = input.body();
        const release = await createRelease(deps, body, resolveActor(req, res));
        res.status(body.dryRun === true ? 200 : 201).json(release);
      },
    ),
    apiRoute(
      { method: 'get', path: '/releases/:id', access: VIEWER, summary: 'One gray release', tags, params, answers: [jsonAnswer(releaseSchema)], errors: { 404: ['RELEASE_NOT_FOUND'] } },
      async (req, res) => {
        res.json(await getRelease(deps, req.params.id ?? ''));
      },
    ),
    ...MOVES.map((move) =>
      apiRoute(
        {
          method: 'post',
          path: `/releases/:id/${move}`,
          access: OPERATOR,
          summary: MOVE_SUMMARY[move],
          tags,
          params,
          body: releaseActionRequestSchema,
          bodyOptional: true,
          answers: [jsonAnswer(releaseSchema, 'The release after the move')],
          errors: { 403: GOVERNANCE_WRITE_ERRORS[403] ?? [], 404: ['RELEASE_NOT_FOUND'], 409: [...MOVE_CONFLICTS, ...WRITE_CONFLICTS] },
        },
        async (req, res, input) => {
          res.json(await actOnRelease(deps, req.params.id ?? '', move, input.body(), resolveActor(req, res)));
        },
      ),
    ),
  ];
}
