import { apiRoute, type ApiRoute, VIEWER } from '../api-route.ts';
import { serviceListQuerySchema } from '../../contract/services.ts';
import { notFoundError, registryUnavailableError } from '../../errors/domain-error.ts';
import { serviceDetail } from '../../registry/service-detail.ts';
import { serviceIndex } from '../../registry/service-index.ts';
import { listServices } from '../../registry/service-list.ts';
import { parseRequest } from '../parse-request.ts';
import type { RegistryReadModel } from '../registry-read-model.ts';

export function serviceRoutes(registry: RegistryReadModel): ApiRoute[] {
  return [
    apiRoute('get', '/services', VIEWER, 'List services (search, filter, paging)', (req, res) => {
      const query = parseRequest(serviceListQuerySchema, req.query, 'query');
      res.json(listServices(registry.snapshot, query));
    }),
    apiRoute('get', '/services/:key', VIEWER, 'One service: providers with effective weights and shares, consumers, rules', (req, res) => {
      const key = req.params.key ?? '';
      const snapshot = registry.snapshot;
      const entry = serviceIndex(snapshot).get(key);
      if (!entry) {
        if (registry.status.syncing) throw registryUnavailableError('The registry is still being read; retry shortly', { key });
        throw notFoundError('SERVICE_NOT_FOUND', `No service ${key} in the registry`, { key });
      }
      res.json(serviceDetail(snapshot, entry));
    }),
  ];
}
