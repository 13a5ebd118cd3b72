import { z } from 'zod';
import { apiRoute, type ApiRoute, PUBLIC } from '../api-route.ts';
import type { DocumentedRoute } from '../openapi/documented-route.ts';
import { openApiDocument, type OpenApiDocument } from '../openapi/openapi-document.ts';
import { jsonAnswer } from '../route-answers.ts';

export interface OpenApiRouteDeps {
  readonly version: string;
  /** Every route the app serves, this one included (read on the first request, once the table is complete). */
  readonly routes: () => readonly DocumentedRoute[];
}

const openApiDocumentSchema = z.looseObject({ openapi: z.literal('3.1.0') });

/** `GET /api/openapi.json`: the document of this API, built from the route table. Public: it holds no registry data. */
export function openApiRoutes(deps: OpenApiRouteDeps): ApiRoute[] {
  let document: OpenApiDocument | undefined;
  return [
    apiRoute(
      {
        method: 'get',
        path: '/openapi.json',
        access: PUBLIC,
        summary: 'This API as an OpenAPI 3.1 document, generated from the route table and the zod contract',
        tags: ['console'],
        answers: [jsonAnswer(openApiDocumentSchema, 'An OpenAPI 3.1 document (https://spec.openapis.org/oas/v3.1.0)')],
      },
      (_req, res) => {
        document ??= openApiDocument({ version: deps.version, routes: deps.routes() });
        res.json(document);
      },
    ),
  ];
}
