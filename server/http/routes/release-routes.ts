import { apiRoute, type ApiRoute, OPERATOR, VIEWER } from '../api-route.ts';
import { releaseActionRequestSchema, releaseListQuerySchema, releaseRequestSchema } from '../../contract/releases.ts';
import { actOnRelease, type OperatorMove } from '../../releases/act-on-release.ts';
import { createRelease } from '../../releases/create-release.ts';
import { getRelease, listReleases } from '../../releases/list-releases.ts';
import type { ReleaseDeps } from '../../releases/release-deps.ts';
import { parseRequest } from '../parse-request.ts';
import { resolveActor } from '../resolve-actor.ts';

const MOVES: readonly OperatorMove[] = ['start', 'advance', 'pause', 'resume', 'promote', 'rollback'];
const MOVE_SUMMARY: Record<OperatorMove, string> = {
  start: 'Start a planned release (its first step)',
  advance: 'Advance a release to its next step',
  pause: 'Pause a running release',
  resume: 'Resume a paused release',
  promote: 'Promote the canary to all traffic and complete the release',
  rollback: 'Roll a release back to the state before it started',
};

/** Gray releases: list, create (or dry-run), read one, and the operator's moves. */
export function releaseRoutes(deps: ReleaseDeps): ApiRoute[] {
  return [
    apiRoute('get', '/releases', VIEWER, 'List gray releases', async (req, res) => {
      res.json({ items: await listReleases(deps, parseRequest(releaseListQuerySchema, req.query, 'query')) });
    }),
    apiRoute('post', '/releases', OPERATOR, 'Create a gray release (or preview it with dryRun)', async (req, res) => {
      const body = parseRequest(releaseRequestSchema, req.body, 'body');
      const release = await createRelease(deps, body, resolveActor(req, res));
      res.status(body.dryRun === true ? 200 : 201).json(release);
    }),
    apiRoute('get', '/releases/:id', VIEWER, 'One gray release', async (req, res) => {
      res.json(await getRelease(deps, (req.params.id ?? '')));
    }),
    ...MOVES.map((move) =>
      apiRoute('post', `/releases/:id/${move}`, OPERATOR, MOVE_SUMMARY[move], async (req, res) => {
        const body = parseRequest(releaseActionRequestSchema, req.body ?? {}, 'body');
        res.json(await actOnRelease(deps, req.params.id ?? '', move, body, resolveActor(req, res)));
      }),
    ),
  ];
}
