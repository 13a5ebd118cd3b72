import { apiRoute, type ApiRoute, VIEWER } from '../api-route.ts';
import { topologyQuerySchema } from '../../contract/topology.ts';
import { DomainError, registryUnavailableError } from '../../errors/domain-error.ts';
import { topologyGraph } from '../../topology/topology-graph.ts';
import { parseRequest } from '../parse-request.ts';
import type { RegistryReadModel } from '../registry-read-model.ts';

/** `GET /api/topology`: the decorated call graph, narrowed by focus/depth/q (see contract/topology.ts). */
export function topologyRoutes(registry: RegistryReadModel): ApiRoute[] {
  return [
    apiRoute('get', '/topology', VIEWER, 'The provider/consumer call graph', (req, res) => {
      const query = parseRequest(topologyQuerySchema, req.query, 'query');
      try {
        res.json(topologyGraph(registry.snapshot, query));
      } catch (error) {
        // A focus missing while the first sync runs may simply not be read yet.
        if (error instanceof DomainError && error.code === 'FOCUS_NOT_FOUND' && registry.status.syncing) {
          throw registryUnavailableError('The registry is still being read; retry shortly', { focus: query.focus });
        }
        throw error;
      }
    }),
  ];
}
