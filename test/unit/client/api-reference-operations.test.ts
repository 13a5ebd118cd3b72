// The API reference's operation list and curl examples: anchors from operationIds, filtering, grouping in
// the document's tag order, the success/error parts of an operation, and the credentials each curl line sends.

import { describe, expect, it } from 'vitest';
import { credentialsOf, curlLine, shellQuote } from '../../../client/features/api-reference/curl-line.ts';
import { groupByTag, matchesQuery, operationAnchor, operationEntries } from '../../../client/features/api-reference/operation-index.ts';
import { errorAnswers, requestBodySchema, successAnswers } from '../../../client/features/api-reference/operation-parts.ts';
import { openApiDocumentSchema } from '../../../client/features/api-reference/openapi-reading.ts';

const document = openApiDocumentSchema.parse({
  openapi: '3.1.0',
  info: { title: 'Switchboard API', version: '0.1.0' },
  tags: [{ name: 'services' }, { name: 'governance' }],
  paths: {
    '/api/services': { get: { operationId: 'getServices', summary: 'List services', tags: ['services'], responses: { '200': { description: 'ok' } }, security: [{ session: [] }, { token: [] }] } },
    '/api/services/{target}/instances/{address}/weight': {
      put: {
        operationId: 'putServicesByTargetInstancesByAddressWeight',
        summary: "Set one instance's weight at service scope",
        tags: ['governance'],
        parameters: [
          { name: 'target', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'address', in: 'path', required: true, schema: { type: 'string' } },
        ],
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/WeightRequest' } } } },
        responses: {
          '409': { description: 'Conflict', 'x-switchboard-error-codes': ['CONFLICT', 'LAST_PROVIDER'] },
          '200': { description: 'The write', content: { 'application/json': { schema: { type: 'object' } } } },
          '400': { description: 'Invalid', 'x-switchboard-error-codes': ['VALIDATION_FAILED'] },
        },
        security: [{ session: [], csrf: [] }, { token: [] }],
        'x-switchboard-access': { minRole: 'operator', interactiveOnly: false, csrf: 'token' },
      },
    },
    '/api/events': { get: { operationId: 'getEvents', summary: 'The live event stream', tags: ['events'], responses: { '200': { content: { 'text/event-stream': { schema: { type: 'string' } } } } } } },
    '/api/health': { get: { operationId: 'getHealth', summary: 'Health', responses: {} } },
  },
});

describe('operation entries', () => {
  it('anchor each operation on its operationId', () => {
    expect(operationAnchor('getServicesByKey')).toBe('get-services-by-key');
    expect(operationAnchor('putServicesByTargetInstancesByAddressWeight')).toBe('put-services-by-target-instances-by-address-weight');
    expect(operationAnchor('getOpenapiJson')).toBe('get-openapi-json');
    expect(operationAnchor('getAPIToken')).toBe('get-api-token');
    expect(operationEntries(document).map((e) => [e.method, e.path, e.anchor, e.tag])).toEqual([
      ['get', '/api/services', 'get-services', 'services'],
      ['put', '/api/services/{target}/instances/{address}/weight', 'put-services-by-target-instances-by-address-weight', 'governance'],
      ['get', '/api/events', 'get-events', 'events'],
      ['get', '/api/health', 'get-health', 'other'],
    ]);
  });

  it('filter by every word over method, path, summary and operationId', () => {
    const entries = operationEntries(document);
    const paths = (query: string) => entries.filter((e) => matchesQuery(e, query)).map((e) => e.path);
    expect(paths('')).toHaveLength(4);
    expect(paths('WEIGHT')).toEqual(['/api/services/{target}/instances/{address}/weight']);
    expect(paths('put services')).toEqual(['/api/services/{target}/instances/{address}/weight']);
    expect(paths('event stream')).toEqual(['/api/events']);
    expect(paths('getHealth')).toEqual(['/api/health']);
    expect(paths('nothing-like-this')).toEqual([]);
  });

  it('group by tag in the document order, unlisted tags after, empty groups left out', () => {
    const entries = operationEntries(document);
    expect(groupByTag(entries, ['services', 'governance']).map((g) => [g.tag, g.operations.length])).toEqual([
      ['services', 1],
      ['governance', 1],
      ['events', 1],
      ['other', 1],
    ]);
    expect(groupByTag(entries.filter((e) => e.tag === 'governance'), ['services', 'governance']).map((g) => g.tag)).toEqual(['governance']);
  });

  it('pick the body, the success answers and the error codes in status order', () => {
    const [, put, events] = operationEntries(document);
    if (!put || !events) throw new Error('fixture');
    expect(requestBodySchema(put.operation)).toEqual({ $ref: '#/components/schemas/WeightRequest' });
    expect(successAnswers(put.operation)).toEqual([{ status: '200', description: 'The write', schema: { type: 'object' }, mediaType: undefined }]);
    expect(errorAnswers(put.operation)).toEqual([
      { status: '400', description: 'Invalid', codes: ['VALIDATION_FAILED'] },
      { status: '409', description: 'Conflict', codes: ['CONFLICT', 'LAST_PROVIDER'] },
    ]);
    expect(successAnswers(events.operation)[0]?.mediaType).toBe('text/event-stream');
  });
});

describe('curl examples', () => {
  it('choose the credentials a script sends', () => {
    expect(credentialsOf({ security: [{}, { session: [] }] })).toBe('none');
    expect(credentialsOf({ security: undefined })).toBe('none');
    expect(credentialsOf({ security: [{ session: [], csrf: [] }, { token: [] }] })).toBe('token');
    expect(credentialsOf({ security: [{ session: [], csrf: [] }] })).toBe('session-csrf');
    expect(credentialsOf({ security: [{ session: [] }] })).toBe('session');
  });

  it('write a write with a Bearer token and a JSON body, path parameters as placeholders', () => {
    const line = curlLine({
      origin: 'https://sb.example.com/',
      method: 'put',
      path: '/api/services/{target}/instances/{address}/weight',
      parameters: [],
      credentials: 'token',
      cookieName: 'switchboard_session',
      body: { weight: 0 },
    });
    expect(line).toBe(
      [
        "curl -X PUT 'https://sb.example.com/api/services/<target>/instances/<address>/weight'",
        '-H "Authorization: Bearer $SWITCHBOARD_TOKEN"',
        "-H 'Content-Type: application/json'",
        `-d '{"weight":0}'`,
      ].join(' \\\n  '),
    );
  });

  it('send the session cookie and CSRF header where tokens are refused, required query parameters in the URL', () => {
    const line = curlLine({
      origin: 'http://127.0.0.1:8080',
      method: 'post',
      path: '/api/tokens',
      parameters: [
        { name: 'owner', in: 'query', required: true },
        { name: 'q', in: 'query', required: false },
      ],
      credentials: 'session-csrf',
      cookieName: 'switchboard_session',
    });
    expect(line).toBe(
      ["curl -X POST 'http://127.0.0.1:8080/api/tokens?owner=<owner>'", '-b "switchboard_session=$SWITCHBOARD_SESSION"', '-H "X-CSRF-Token: $SWITCHBOARD_CSRF"'].join(' \\\n  '),
    );
    expect(curlLine({ origin: 'http://h', method: 'get', path: '/api/health', parameters: [], credentials: 'none', cookieName: 's' })).toBe("curl 'http://h/api/health'");
  });

  it('quote single quotes for a POSIX shell', () => {
    expect(shellQuote(`{"reason":"it's fine"}`)).toBe(`'{"reason":"it'\\''s fine"}'`);
  });
});
