import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiRequestError } from '../../../client/lib/api-client.ts';
import { applicationDetailQuery } from '../../../client/lib/queries/application-detail-query.ts';
import { detailQuery, resourceQuery } from '../../../client/lib/queries/resource-query.ts';
import { ruleDetailQuery } from '../../../client/lib/queries/rule-detail-query.ts';
import { serviceDetailQuery } from '../../../client/lib/queries/service-detail-query.ts';
import { applicationKeys, ruleKeys, serviceKeys } from '../../../client/lib/query-keys.ts';

const requested: string[] = [];

/** The server side of one request: answers `body` and records the path asked for. */
function answer(body: unknown) {
  vi.stubGlobal('fetch', async (path: string) => {
    requested.push(path);
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
  requested.length = 0;
});

const pingSchema = z.object({ name: z.string() });
const pingKeys = { detail: (id: string) => ['ping', 'detail', id] as const };

describe('resourceQuery', () => {
  it('fetches the path and answers the body parsed with the contract schema', async () => {
    answer({ name: 'a', extra: true });
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const data = await client.fetchQuery(resourceQuery({ queryKey: ['ping'], path: '/api/ping?x=1', schema: pingSchema }));
    expect(data).toEqual({ name: 'a' });
    expect(requested).toEqual(['/api/ping?x=1']);
  });

  it('fails with BAD_RESPONSE when the answer does not match the contract', async () => {
    answer({ name: 42 });
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const failure = client.fetchQuery(resourceQuery({ queryKey: ['ping'], path: '/api/ping', schema: pingSchema }));
    await expect(failure).rejects.toBeInstanceOf(ApiRequestError);
    await expect(failure).rejects.toMatchObject({ code: 'BAD_RESPONSE' });
  });

  it('keeps the previous answer on screen only for lists that ask for it', () => {
    expect(resourceQuery({ queryKey: ['ping'], path: '/api/ping', schema: pingSchema, keepPrevious: true }).placeholderData).toBeTypeOf('function');
    expect(resourceQuery({ queryKey: ['ping'], path: '/api/ping', schema: pingSchema })).not.toHaveProperty('placeholderData');
  });
});

describe('detailQuery', () => {
  it('keys one item by the factory and fetches it with its id URL-encoded', async () => {
    answer({ name: 'b' });
    const query = detailQuery({ key: pingKeys.detail, collection: '/api/pings', schema: pingSchema })('g/a.B:1.0');
    expect(query.queryKey).toEqual(['ping', 'detail', 'g/a.B:1.0']);
    await new QueryClient().fetchQuery(query);
    expect(requested).toEqual(['/api/pings/g%2Fa.B%3A1.0']);
  });

  it.each([
    ['service', serviceDetailQuery('g/a.B:1'), serviceKeys.detail('g/a.B:1')],
    ['application', applicationDetailQuery('order-app'), applicationKeys.detail('order-app')],
    ['rule', ruleDetailQuery('a.B.configurators'), ruleKeys.detail('a.B.configurators')],
  ])('the shared %s detail query holds the key live events invalidate', (_name, query, key) => {
    expect(query.queryKey).toEqual(key);
  });
});

describe('resource key factories', () => {
  it.each([
    ['services', serviceKeys],
    ['applications', applicationKeys],
    ['rules', ruleKeys],
  ])('%s: every key starts with the prefixes live events invalidate by', (name, keys) => {
    expect(keys.all).toEqual([name]);
    expect(keys.lists()).toEqual([name, 'list']);
    expect(keys.details()).toEqual([name, 'detail']);
    expect(keys.detail('x')).toEqual([name, 'detail', 'x']);
  });

  it('keys a list by its query under the lists prefix', () => {
    const query = { sort: 'key', order: 'asc', limit: 50, offset: 0 } as const;
    expect(serviceKeys.list(query)).toEqual(['services', 'list', query]);
    expect(ruleKeys.history('n')).toEqual(['rules', 'history', 'n']);
  });
});
