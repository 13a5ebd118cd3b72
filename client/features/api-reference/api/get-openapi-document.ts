import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client.ts';
import { openApiDocumentSchema } from '../openapi-reading.ts';

export const OPENAPI_PATH = '/api/openapi.json';

/**
 * The console's OpenAPI document. Its key lives here, not in lib/query-keys.ts: no live event changes the
 * document (it is built once per server from the route table), so nothing outside this feature invalidates it.
 */
export const openApiKeys = { all: ['openapi'] as const };

export function openApiDocumentQuery() {
  return queryOptions({
    queryKey: openApiKeys.all,
    queryFn: ({ signal }) => apiGet(OPENAPI_PATH, openApiDocumentSchema, { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useOpenApiDocument() {
  return useQuery(openApiDocumentQuery());
}
