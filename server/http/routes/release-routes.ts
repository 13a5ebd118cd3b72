import { Router } from 'express';
import { releaseActionRequestSchema, releaseListQuerySchema, releaseRequestSchema } from '../../contract/releases.ts';
import { actOnRelease, type OperatorMove } from '../../releases/act-on-release.ts';
import { createRelease } from '../../releases/create-release.ts';
import { getRelease, listReleases } from '../../releases/list-releases.ts';
import type { ReleaseDeps } from '../../releases/release-deps.ts';
import { parseRequest } from '../parse-request.ts';
import { resolveActor } from '../resolve-actor.ts';

const MOVES: readonly OperatorMove[] = ['start', 'advance', 'pause', 'resume', 'promote', 'rollback'];

/** Gray releases: list, create (or dry-run), read one, and the operator's moves. */
export function releaseRoutes(deps: ReleaseDeps): Router {
  const router = Router();
  router.get('/releases', async (req, res) => {
    res.json({ items: await listReleases(deps, parseRequest(releaseListQuerySchema, req.query, 'query')) });
  });
  router.post('/releases', async (req, res) => {
    const body = parseRequest(releaseRequestSchema, req.body, 'body');
    const release = await createRelease(deps, body, resolveActor(req));
    res.status(body.dryRun === true ? 200 : 201).json(release);
  });
  router.get('/releases/:id', async (req, res) => {
    res.json(await getRelease(deps, req.params.id));
  });
  for (const move of MOVES) {
    router.post(`/releases/:id/${move}`, async (req, res) => {
      const body = parseRequest(releaseActionRequestSchema, req.body ?? {}, 'body');
      res.json(await actOnRelease(deps, req.params.id, move, body, resolveActor(req)));
    });
  }
  return router;
}
