import { apiRoute, type ApiRoute, VIEWER } from '../api-route.ts';
import { topologyQuerySchema, topologySchema } from '../../contract/topology.ts';
import { DomainError, registryUnavailableError } from '../../errors/domain-error.ts';
import { topologyGraph } from '../../topology/topology-graph.ts';
import { jsonAnswer } from '../route-answers.ts';
import type { RegistryReadModel } from '../registry-read-model.ts';

/** `GET /api/topology`: the decorated call graph, narrowed by focus/depth/q (see contract/topology.ts). */
export function topologyRoutes(registry: RegistryReadModel): ApiRoute[] {
  return [
    apiRoute(
      {
        method: 'get',
        path: '/topology',
        access: VIEWER,
        summary: 'The provider/consumer call graph',
        tags: ['topology'],
        query: topologyQuerySchema,
        answers: [jsonAnswer(topologySchema)],
        errors: { 404: ['FOCUS_NOT_FOUND'] },
      },
      (_req, res, input) => {
        const query = input.query();
        try {
          res.json(topologyGraph(registry.snapshot, query));
        } catch (error) {
          // A focus missing while the first sync runs may simply not be read yet.
          if (error instanceof DomainError && error.code === 'FOCUS_NOT_FOUND' && registry.status.syncing) {
            throw registryUnavailableError('The registry is still being read; retry shortly', { focus: query.focus });
          }
          throw error;
        }
      },
    ),
  ];
}
