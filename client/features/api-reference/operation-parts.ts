/**
 * What one operation's detail shows, picked out of its OpenAPI object: the JSON request body schema,
 * the success answers (2xx: status, description, JSON schema or media type) and the error answers with
 * their stable codes (`x-switchboard-error-codes`), in status order.
 */
import type { JsonSchema, OpenApiOperation } from './openapi-reading.ts';

const JSON_MEDIA = 'application/json';

export type SuccessAnswer = {
  readonly status: string;
  readonly description: string | undefined;
  /** The answer's JSON schema; undefined for an empty answer or another media type. */
  readonly schema: JsonSchema | undefined;
  /** A media type other than JSON (e.g. text/event-stream). */
  readonly mediaType: string | undefined;
};

export type ErrorAnswer = { readonly status: string; readonly description: string | undefined; readonly codes: readonly string[] };

export function requestBodySchema(operation: OpenApiOperation): JsonSchema | undefined {
  return operation.requestBody?.content[JSON_MEDIA]?.schema;
}

const byStatus = (a: { status: string }, b: { status: string }) => a.status.localeCompare(b.status);

export function successAnswers(operation: OpenApiOperation): SuccessAnswer[] {
  return Object.entries(operation.responses)
    .filter(([status]) => /^2/.test(status))
    .map(([status, response]) => {
      const media = Object.keys(response.content ?? {});
      const other = media.find((m) => m !== JSON_MEDIA);
      return { status, description: response.description, schema: response.content?.[JSON_MEDIA]?.schema, mediaType: response.content?.[JSON_MEDIA] ? undefined : other };
    })
    .sort(byStatus);
}

export function errorAnswers(operation: OpenApiOperation): ErrorAnswer[] {
  return Object.entries(operation.responses)
    .filter(([status]) => /^[45]/.test(status))
    .map(([status, response]) => ({ status, description: response.description, codes: response['x-switchboard-error-codes'] ?? [] }))
    .sort(byStatus);
}
