/**
 * Builds the OpenAPI 3.1 document of the console, purely, from route declarations (documented-route.ts):
 * paths and operations from the route table, schemas from the contract's zod schemas (schema-components.ts),
 * error answers from route-errors.ts, authentication from route-security.ts. Nothing here is written twice:
 * a route's query, body and answers are the schemas its handler parses and produces.
 */
import type { z } from 'zod';
import { apiErrorSchema } from '../../contract/api-error.ts';
import type { RouteAnswer } from '../route-answers.ts';
import { COMPONENT_NAMES } from './component-names.ts';
import { type DocumentedRoute, openApiPath, operationId, pathParamNames } from './documented-route.ts';
import { routeErrorCodes, STATUS_TEXT } from './route-errors.ts';
import { accessExtension, accessText, routeSecurity, SECURITY_SCHEMES } from './route-security.ts';
import { type JsonSchema, type SchemaComponents, schemaComponents } from './schema-components.ts';

export type OpenApiDocument = Record<string, unknown> & { readonly openapi: string; readonly paths: Record<string, Record<string, JsonSchema>> };

export interface OpenApiInput {
  /** The console's version (package.json). */
  readonly version: string;
  readonly routes: readonly DocumentedRoute[];
  /** The schemas named in `components.schemas`; the contract's (component-names.ts) unless given. */
  readonly componentNames?: ReadonlyMap<z.ZodType, string>;
}

const DESCRIPTION = [
  'The HTTP API of Switchboard, a governance console for Dubbo RPC fleets on ZooKeeper. Generated from the route table and the zod contract the server validates with.',
  'Errors are `{"error": {"code", "message", "details?"}}` with a stable `code`.',
  'Local mode (no users file, loopback only): every request acts as the local admin and needs no credentials, but writes still send X-CSRF-Token.',
].join('\n\n');

export function openApiDocument(input: OpenApiInput): OpenApiDocument {
  const components = schemaComponents(input.componentNames ?? COMPONENT_NAMES);
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of input.routes) {
    const path = openApiPath(route.path);
    paths[path] = { ...paths[path], [route.method]: operation(route, components) };
  }
  const { schemas, resolve } = components.finish();
  const tags = [...new Set(input.routes.flatMap((r) => r.tags))].sort().map((name) => ({ name }));
  return {
    openapi: '3.1.0',
    info: { title: 'Switchboard API', version: input.version, description: DESCRIPTION, license: { name: 'Apache-2.0', identifier: 'Apache-2.0' } },
    tags,
    paths: resolve(paths),
    components: { schemas, securitySchemes: SECURITY_SCHEMES },
  };
}

function operation(route: DocumentedRoute, components: SchemaComponents): JsonSchema {
  const responses: Record<string, JsonSchema> = {};
  for (const answer of route.answers) responses[String(answer.status)] = successResponse(answer, components);
  const errorRef = components.schema(apiErrorSchema, 'output');
  for (const [status, codes] of routeErrorCodes(route)) responses[String(status)] = errorResponse(status, codes, errorRef);
  return {
    operationId: operationId(route),
    summary: route.summary,
    description: accessText(route),
    tags: [...route.tags],
    parameters: [...pathParameters(route), ...queryParameters(route, components)],
    ...(route.body === undefined
      ? {}
      : { requestBody: { required: route.bodyOptional !== true, content: { 'application/json': { schema: components.schema(route.body, 'input') } } } }),
    responses,
    security: routeSecurity(route),
    'x-switchboard-access': accessExtension(route),
  };
}

function pathParameters(route: DocumentedRoute): JsonSchema[] {
  return pathParamNames(route.path).map((name) => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string' },
    ...(route.params?.[name] === undefined ? {} : { description: route.params[name] }),
  }));
}

function queryParameters(route: DocumentedRoute, components: SchemaComponents): JsonSchema[] {
  if (route.query === undefined) return [];
  const json = components.schema(route.query, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  if (json.properties === undefined) throw new Error(`${route.method.toUpperCase()} ${route.path}: a query schema must be an object`);
  return Object.entries(json.properties).map(([name, schema]) => ({ name, in: 'query', required: json.required?.includes(name) ?? false, schema }));
}

function successResponse(answer: RouteAnswer, components: SchemaComponents): JsonSchema {
  switch (answer.kind) {
    case 'json':
      return { description: answer.description, content: { 'application/json': { schema: components.schema(answer.schema, 'output') } } };
    case 'empty':
      return { description: answer.description };
    case 'media': {
      const events = answer.events && Object.fromEntries(Object.entries(answer.events).map(([name, schema]) => [name, schema === null ? null : components.schema(schema, 'output')]));
      return { description: answer.description, content: { [answer.mediaType]: { schema: { type: 'string' } } }, ...(events ? { 'x-switchboard-events': events } : {}) };
    }
  }
}

function errorResponse(status: number, codes: readonly string[], errorRef: JsonSchema): JsonSchema {
  const codeSchema = { type: 'object', properties: { error: { type: 'object', properties: { code: { enum: [...codes] } } } } };
  return {
    description: `${STATUS_TEXT[status] ?? 'Error'}: ${codes.join(', ')}`,
    content: { 'application/json': { schema: { allOf: [errorRef, codeSchema] } } },
    'x-switchboard-error-codes': [...codes],
  };
}
