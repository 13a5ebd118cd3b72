import { apiRoute, type ApiRoute, VIEWER } from '../api-route.ts';
import { type WarningList, warningListQuerySchema, warningListSchema } from '../../contract/warnings.ts';
import { jsonAnswer } from '../route-answers.ts';
import type { RegistryReadModel } from '../registry-read-model.ts';

export function warningRoutes(registry: RegistryReadModel): ApiRoute[] {
  return [
    apiRoute(
      {
        method: 'get',
        path: '/warnings',
        access: VIEWER,
        summary: 'Bad registry data the mirror skipped',
        tags: ['registry'],
        query: warningListQuerySchema,
        answers: [jsonAnswer(warningListSchema)],
      },
      (_req, res, input) => {
        const query = input.query();
        const snapshot = registry.snapshot;
        const all = [...snapshot.warnings.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
        const body: WarningList = {
          revision: snapshot.revision,
          total: all.length,
          items: all.slice(query.offset, query.offset + query.limit),
        };
        res.json(body);
      },
    ),
  ];
}
