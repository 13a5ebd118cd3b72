// The OpenAPI builder, alone: route declarations in, an OpenAPI 3.1 document out that the 3.1 schema
// validator accepts, with shared contract schemas referenced (not inlined), request/response readings
// of a schema kept apart when they differ, and each route's access, security and error codes stated.

import { Validator } from '@seriousme/openapi-schema-validator';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { apiErrorSchema } from '../../../server/contract/api-error.ts';
import { ADMIN, OPERATOR, PUBLIC, type RouteDeclaration, VIEWER } from '../../../server/http/api-route.ts';
import { apiRoutes } from '../../../server/http/create-app.ts';
import { localSecurity } from '../../../server/http-security.ts';
import { documentedApiRoute, operationId } from '../../../server/http/openapi/documented-route.ts';
import { openApiDocument, type OpenApiDocument } from '../../../server/http/openapi/openapi-document.ts';
import { schemaComponents } from '../../../server/http/openapi/schema-components.ts';
import { emptyAnswer, jsonAnswer, mediaAnswer } from '../../../server/http/route-answers.ts';
import { SseHub } from '../../../server/http/sse-hub.ts';

const part = z.object({ name: z.string(), size: z.number().int().default(1) });
const thing = z.object({ id: z.string(), parts: z.array(part), main: part });
const names = new Map<z.ZodType, string>([
  [apiErrorSchema, 'ApiError'],
  [part, 'Part'],
  [thing, 'Thing'],
]);

const declared = (d: Partial<RouteDeclaration> & Pick<RouteDeclaration, 'method' | 'path'>): RouteDeclaration => ({
  access: VIEWER,
  summary: `${d.method} ${d.path}`,
  tags: ['things'],
  answers: [jsonAnswer(z.object({ ok: z.boolean() }))],
  ...d,
});

const ROUTES = [
  declared({ method: 'get', path: '/api/things', query: z.object({ q: z.string().max(9).optional(), limit: z.coerce.number().int().min(1).default(5) }) }),
  declared({ method: 'get', path: '/api/things/:id/parts/:part', params: { id: 'Thing id', part: 'Part name' }, answers: [jsonAnswer(part)], errors: { 404: ['THING_NOT_FOUND'] } }),
  declared({ method: 'post', path: '/api/things', access: OPERATOR, body: part, answers: [jsonAnswer(thing, 'Created', 201)] }),
  declared({ method: 'post', path: '/api/session', access: PUBLIC, csrf: 'login', body: z.object({ user: z.string() }) }),
  declared({ method: 'delete', path: '/api/session', access: { min: 'viewer', interactive: true }, answers: [emptyAnswer('Gone')] }),
  declared({ method: 'get', path: '/metrics', access: PUBLIC, tags: ['console'], answers: [mediaAnswer('text/plain; version=0.0.4', 'Prometheus text')] }),
];

type Operation = Record<string, any>;
const op = (doc: OpenApiDocument, path: string, method: string): Operation => doc.paths[path]?.[method] as Operation;

describe('OpenAPI document builder', () => {
  it('turns Express paths into OpenAPI paths with described path parameters', () => {
    const doc = openApiDocument({ version: '1.2.3', routes: ROUTES, componentNames: names });
    expect(Object.keys(doc.paths).sort()).toEqual(['/api/session', '/api/things', '/api/things/{id}/parts/{part}', '/metrics']);
    const parts = op(doc, '/api/things/{id}/parts/{part}', 'get');
    expect(parts['parameters']).toEqual([
      { name: 'id', in: 'path', required: true, schema: { type: 'string' }, description: 'Thing id' },
      { name: 'part', in: 'path', required: true, schema: { type: 'string' }, description: 'Part name' },
    ]);
    expect(parts['operationId']).toBe('getThingsByIdPartsByPart');
    expect(doc['info']).toMatchObject({ version: '1.2.3' });
  });

  it('validates as OpenAPI 3.1', async () => {
    const result = await new Validator().validate(openApiDocument({ version: '1.2.3', routes: ROUTES, componentNames: names }) as Parameters<Validator['validate']>[0]);
    expect(result).toEqual({ valid: true });
  });

  it('splits a query schema into query parameters as the handler reads them (defaults optional)', () => {
    const list = op(openApiDocument({ version: '1', routes: ROUTES, componentNames: names }), '/api/things', 'get');
    expect(list['parameters']).toEqual([
      { name: 'q', in: 'query', required: false, schema: { type: 'string', maxLength: 9 } },
      { name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, default: 5 } },
    ]);
  });

  it('references a shared schema from components, and gives its request reading its own name when it differs', () => {
    const doc = openApiDocument({ version: '1', routes: ROUTES, componentNames: names });
    const schemas = (doc['components'] as { schemas: Record<string, any> }).schemas;
    expect(Object.keys(schemas).sort()).toEqual(['ApiError', 'Part', 'PartInput', 'Thing']);
    // The answer: `size` always present (its default applied); the request: `size` may be left out.
    expect(schemas['Part'].required).toEqual(['name', 'size']);
    expect(schemas['PartInput'].required).toEqual(['name']);
    expect(schemas['Thing'].properties.parts.items).toEqual({ $ref: '#/components/schemas/Part' });
    expect(schemas['Thing'].properties.main).toEqual({ $ref: '#/components/schemas/Part' });
    const create = op(doc, '/api/things', 'post');
    expect(create['requestBody']).toEqual({ required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/PartInput' } } } });
    expect(create['responses']['201'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Thing' });
  });

  it('keeps one component when both readings are the same', () => {
    const plain = z.object({ a: z.string() }).strict();
    const components = schemaComponents(new Map([[plain, 'Plain']]));
    expect(components.schema(plain, 'input')).toEqual({ $ref: '#/components/schemas/Plain@input' });
    components.schema(plain, 'output');
    const { schemas, resolve } = components.finish();
    expect(Object.keys(schemas)).toEqual(['Plain']);
    expect(resolve({ $ref: '#/components/schemas/Plain@input' })).toEqual({ $ref: '#/components/schemas/Plain' });
    expect(schemas['Plain']).toMatchObject({ additionalProperties: false });
  });

  it('states access, security and the error codes of each route', () => {
    const doc = openApiDocument({ version: '1', routes: ROUTES, componentNames: names });
    const create = op(doc, '/api/things', 'post');
    expect(create['x-switchboard-access']).toEqual({ minRole: 'operator', interactiveOnly: false, csrf: 'token' });
    expect(create['description']).toContain('operator role');
    expect(create['security']).toEqual([{ session: [], csrf: [] }, { token: [] }]);
    expect(create['responses']['403']['x-switchboard-error-codes']).toEqual(['HOST_NOT_ALLOWED', 'FORBIDDEN', 'CSRF_REJECTED', 'CSRF_TOKEN_INVALID']);
    expect(create['responses']['400']['x-switchboard-error-codes']).toEqual(['VALIDATION_FAILED', 'BAD_REQUEST']);
    expect(create['responses']['415']['x-switchboard-error-codes']).toEqual(['UNSUPPORTED_MEDIA_TYPE']);
    const login = op(doc, '/api/session', 'post');
    expect(login['security']).toEqual([{}, { session: [] }, { token: [] }]);
    expect(login['responses']['403']['x-switchboard-error-codes']).toEqual(['HOST_NOT_ALLOWED', 'CSRF_REJECTED']);
    expect(login['responses']['401']['x-switchboard-error-codes']).toEqual(['INVALID_TOKEN']);
    const logout = op(doc, '/api/session', 'delete');
    expect(logout['security']).toEqual([{ session: [], csrf: [] }]);
    expect(logout['x-switchboard-access']).toMatchObject({ interactiveOnly: true });
    expect(logout['responses']['204']).toEqual({ description: 'Gone' });
    const parts = op(doc, '/api/things/{id}/parts/{part}', 'get');
    expect(parts['responses']['404'].content['application/json'].schema.allOf[1].properties.error.properties.code).toEqual({ enum: ['THING_NOT_FOUND'] });
    expect(Object.keys(parts['responses'])).toEqual(['200', '401', '403', '404', '500']);
  });

  it('lists routes outside /api with their media type', () => {
    const metrics = op(openApiDocument({ version: '1', routes: ROUTES, componentNames: names }), '/metrics', 'get');
    expect(metrics['responses']['200']).toEqual({ description: 'Prometheus text', content: { 'text/plain; version=0.0.4': { schema: { type: 'string' } } } });
    expect(metrics['security']).toEqual([{}, { session: [] }, { token: [] }]);
  });

  it('names operations uniquely', () => {
    expect(operationId({ method: 'post', path: '/api/releases/:id/start' })).toBe('postReleasesByIdStart');
    expect(operationId({ method: 'get', path: '/api/openapi.json' })).toBe('getOpenapiJson');
  });
});

describe('the console’s own document', () => {
  const registry = { snapshot: { revision: 0 }, status: {}, onChange: () => () => {}, onStatus: () => () => {} };
  // Only the route table is read here: no handler runs, so the use cases' dependencies are never called.
  const routes = apiRoutes(
    { registry, registryAddress: 'test', logger: pino({ level: 'silent' }), version: '0.0.0-test', security: localSecurity(), governance: {}, releases: {} } as never,
    new SseHub({}),
    pino({ level: 'silent' }),
  );
  const doc = openApiDocument({ version: '0.0.0-test', routes: routes.map(documentedApiRoute) });

  it('validates as OpenAPI 3.1', async () => {
    expect(await new Validator().validate(doc as Parameters<Validator['validate']>[0])).toEqual({ valid: true });
  });

  it('has one operation per route, each with a unique id, a tag and a described path parameter for every :param', () => {
    const operations = Object.values(doc.paths).flatMap((methods) => Object.values(methods) as Operation[]);
    expect(operations).toHaveLength(routes.length);
    const ids = operations.map((o) => o['operationId']);
    expect(new Set(ids).size).toBe(ids.length);
    expect(operations.filter((o) => (o['tags'] as string[]).length === 0)).toEqual([]);
    const undescribed = operations.flatMap((o) => (o['parameters'] as Operation[]).filter((p) => p['in'] === 'path' && !p['description']).map((p) => `${o['operationId']} ${p['name']}`));
    expect(undescribed).toEqual([]);
    expect(routes.filter((r) => Object.keys(r.params ?? {}).some((name) => !r.path.includes(`:${name}`)))).toEqual([]);
  });

  it('documents itself, publicly', () => {
    expect(op(doc, '/api/openapi.json', 'get')['x-switchboard-access']).toEqual({ minRole: 'public', interactiveOnly: false, csrf: 'none' });
    expect(op(doc, '/api/audit/verify', 'get')['x-switchboard-access']).toMatchObject({ minRole: ADMIN.min });
  });

  it('references the shared contract schemas instead of inlining them', () => {
    const text = JSON.stringify(doc.paths);
    const schemas = (doc['components'] as { schemas: Record<string, unknown> }).schemas;
    expect(JSON.stringify(schemas['ServiceDetail'])).toContain('#/components/schemas/Instance');
    expect(JSON.stringify(schemas)).not.toMatch(/"\$defs"|@input/);
    expect(text).not.toMatch(/@input/);
  });
});
