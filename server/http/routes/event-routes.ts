import { apiRoute, type ApiRoute, VIEWER } from '../api-route.ts';
import { registryChangeSchema, registryStatusEventSchema, type RegistryStatusEvent } from '../../contract/registry-event.ts';
import { releaseChangeSchema } from '../../contract/release-event.ts';
import { mediaAnswer } from '../route-answers.ts';
import type { RegistryReadModel } from '../registry-read-model.ts';
import type { SseHub } from '../sse-hub.ts';

const STREAM =
  'Server-sent events; each has `id: <epoch>-<revision>`, an `event:` name and JSON data saying what changed (never payloads). ' +
  'The first event is `registry` (the current status); `resync` asks the client to refetch everything; a comment heartbeat keeps proxies awake.';

/** `GET /api/events`: the live stream; see SseHub for replay and heartbeat rules. */
export function eventRoutes(registry: RegistryReadModel, hub: SseHub): ApiRoute[] {
  return [
    apiRoute(
      {
        method: 'get',
        path: '/events',
        access: VIEWER,
        summary: 'The live event stream (text/event-stream)',
        tags: ['events'],
        answers: [mediaAnswer('text/event-stream', STREAM, { change: registryChangeSchema, registry: registryStatusEventSchema, releases: releaseChangeSchema, resync: null })],
      },
      (req, res) => {
        const status = registry.status;
        const revision = registry.snapshot.revision;
        const hello: RegistryStatusEvent = { revision, state: status.state, syncing: status.syncing };
        hub.attach(req, res, { name: 'registry', id: revision, data: hello });
      },
    ),
  ];
}
