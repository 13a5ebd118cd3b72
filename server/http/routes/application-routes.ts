import { apiRoute, type ApiRoute, VIEWER } from '../api-route.ts';
import { applicationDetailSchema, applicationListQuerySchema, applicationListSchema } from '../../contract/applications.ts';
import { notFoundError, registryUnavailableError } from '../../errors/domain-error.ts';
import { applicationIndex } from '../../registry/application-index.ts';
import { applicationDetail, listApplications } from '../../registry/application-views.ts';
import { jsonAnswer } from '../route-answers.ts';
import { PARAM } from '../route-params.ts';
import type { RegistryReadModel } from '../registry-read-model.ts';

export function applicationRoutes(registry: RegistryReadModel): ApiRoute[] {
  const tags = ['applications'];
  return [
    apiRoute(
      {
        method: 'get',
        path: '/applications',
        access: VIEWER,
        summary: 'List applications with instance counts and the services they provide and consume',
        tags,
        query: applicationListQuerySchema,
        answers: [jsonAnswer(applicationListSchema)],
      },
      (_req, res, input) => {
        res.json(listApplications(registry.snapshot, input.query()));
      },
    ),
    apiRoute(
      {
        method: 'get',
        path: '/applications/:name',
        access: VIEWER,
        summary: 'One application: its instances, provided and consumed services',
        tags,
        params: { name: PARAM.application },
        answers: [jsonAnswer(applicationDetailSchema)],
        errors: { 404: ['APPLICATION_NOT_FOUND'] },
      },
      (req, res) => {
        const name = req.params.name ?? '';
        const snapshot = registry.snapshot;
        const aggregate = applicationIndex(snapshot).get(name);
        if (!aggregate) {
          if (registry.status.syncing) throw registryUnavailableError('The registry is still being read; retry shortly', { name });
          throw notFoundError('APPLICATION_NOT_FOUND', `No application ${name} in the registry`, { name });
        }
        res.json(applicationDetail(snapshot, aggregate));
      },
    ),
  ];
}
