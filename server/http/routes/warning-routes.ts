import { apiRoute, type ApiRoute, VIEWER } from '../api-route.ts';
import { z } from 'zod';
import type { WarningList } from '../../contract/warnings.ts';
import { parseRequest } from '../parse-request.ts';
import type { RegistryReadModel } from '../registry-read-model.ts';

const warningQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  offset: z.coerce.number().int().min(0).default(0),
});

export function warningRoutes(registry: RegistryReadModel): ApiRoute[] {
  return [
    apiRoute('get', '/warnings', VIEWER, 'Bad registry data the mirror skipped', (req, res) => {
      const query = parseRequest(warningQuerySchema, req.query, 'query');
      const snapshot = registry.snapshot;
      const all = [...snapshot.warnings.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
      const body: WarningList = {
        revision: snapshot.revision,
        total: all.length,
        items: all.slice(query.offset, query.offset + query.limit),
      };
      res.json(body);
    }),
  ];
}
