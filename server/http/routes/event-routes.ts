import { Router } from 'express';
import type { RegistryStatusEvent } from '../../contract/registry-event.ts';
import type { RegistryReadModel } from '../registry-read-model.ts';
import type { SseHub } from '../sse-hub.ts';

/** `GET /api/events`: the live stream; see SseHub for replay and heartbeat rules. */
export function eventRoutes(registry: RegistryReadModel, hub: SseHub): Router {
  const router = Router();
  router.get('/events', (req, res) => {
    const status = registry.status;
    const revision = registry.snapshot.revision;
    const hello: RegistryStatusEvent = { revision, state: status.state, syncing: status.syncing };
    hub.attach(req, res, { name: 'registry', id: revision, data: hello });
  });
  return router;
}
