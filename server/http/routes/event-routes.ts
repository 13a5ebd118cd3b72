import { apiRoute, type ApiRoute, VIEWER } from '../api-route.ts';
import type { RegistryStatusEvent } from '../../contract/registry-event.ts';
import type { RegistryReadModel } from '../registry-read-model.ts';
import type { SseHub } from '../sse-hub.ts';

/** `GET /api/events`: the live stream; see SseHub for replay and heartbeat rules. */
export function eventRoutes(registry: RegistryReadModel, hub: SseHub): ApiRoute[] {
  return [
    apiRoute('get', '/events', VIEWER, 'The live event stream (text/event-stream)', (req, res) => {
      const status = registry.status;
      const revision = registry.snapshot.revision;
      const hello: RegistryStatusEvent = { revision, state: status.state, syncing: status.syncing };
      hub.attach(req, res, { name: 'registry', id: revision, data: hello });
    }),
  ];
}
