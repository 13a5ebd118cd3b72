import { apiRoute, type ApiRoute, VIEWER } from '../api-route.ts';
import { applicationListQuerySchema } from '../../contract/applications.ts';
import { notFoundError, registryUnavailableError } from '../../errors/domain-error.ts';
import { applicationIndex } from '../../registry/application-index.ts';
import { applicationDetail, listApplications } from '../../registry/application-views.ts';
import { parseRequest } from '../parse-request.ts';
import type { RegistryReadModel } from '../registry-read-model.ts';

export function applicationRoutes(registry: RegistryReadModel): ApiRoute[] {
  return [
    apiRoute('get', '/applications', VIEWER, 'List applications with instance counts and the services they provide and consume', (req, res) => {
      const query = parseRequest(applicationListQuerySchema, req.query, 'query');
      res.json(listApplications(registry.snapshot, query));
    }),
    apiRoute('get', '/applications/:name', VIEWER, 'One application: its instances, provided and consumed services', (req, res) => {
      const name = req.params.name ?? '';
      const snapshot = registry.snapshot;
      const aggregate = applicationIndex(snapshot).get(name);
      if (!aggregate) {
        if (registry.status.syncing) throw registryUnavailableError('The registry is still being read; retry shortly', { name });
        throw notFoundError('APPLICATION_NOT_FOUND', `No application ${name} in the registry`, { name });
      }
      res.json(applicationDetail(snapshot, aggregate));
    }),
  ];
}
