import { apiRoute, type ApiRoute, VIEWER } from '../api-route.ts';
import { serviceDetailSchema, serviceListQuerySchema, serviceListSchema } from '../../contract/services.ts';
import { notFoundError, registryUnavailableError } from '../../errors/domain-error.ts';
import { serviceDetail } from '../../registry/service-detail.ts';
import { serviceIndex } from '../../registry/service-index.ts';
import { listServices } from '../../registry/service-list.ts';
import { jsonAnswer } from '../route-answers.ts';
import { PARAM } from '../route-params.ts';
import type { RegistryReadModel } from '../registry-read-model.ts';

export function serviceRoutes(registry: RegistryReadModel): ApiRoute[] {
  const tags = ['services'];
  return [
    apiRoute(
      {
        method: 'get',
        path: '/services',
        access: VIEWER,
        summary: 'List services (search, filter, paging)',
        tags,
        query: serviceListQuerySchema,
        answers: [jsonAnswer(serviceListSchema)],
      },
      (_req, res, input) => {
        res.json(listServices(registry.snapshot, input.query()));
      },
    ),
    apiRoute(
      {
        method: 'get',
        path: '/services/:key',
        access: VIEWER,
        summary: 'One service: providers with effective weights and shares, consumers, rules',
        tags,
        params: { key: PARAM.serviceKey },
        answers: [jsonAnswer(serviceDetailSchema)],
        errors: { 404: ['SERVICE_NOT_FOUND'] },
      },
      (req, res) => {
        const key = req.params.key ?? '';
        const snapshot = registry.snapshot;
        const entry = serviceIndex(snapshot).get(key);
        if (!entry) {
          if (registry.status.syncing) throw registryUnavailableError('The registry is still being read; retry shortly', { key });
          throw notFoundError('SERVICE_NOT_FOUND', `No service ${key} in the registry`, { key });
        }
        res.json(serviceDetail(snapshot, entry));
      },
    ),
  ];
}
