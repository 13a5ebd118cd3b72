import { describe, expect, it } from 'vitest';
import { apiPath } from '../../../client/lib/api-path.ts';

describe('apiPath', () => {
  it.each([
    ['keeps the order the parameters are given in', { sort: 'key', order: 'asc', limit: 50, offset: 100 }, '/api/services?sort=key&order=asc&limit=50&offset=100'],
    ['leaves out empty and undefined values', { level: 'service', focus: '', depth: undefined, q: 'shop' }, '/api/services?level=service&q=shop'],
    ['writes numbers, zero included', { limit: 50, offset: 0 }, '/api/services?limit=50&offset=0'],
    ['encodes values', { q: 'g/com.acme.Svc:1.0 & more' }, '/api/services?q=g%2Fcom.acme.Svc%3A1.0+%26+more'],
    ['answers the bare path when nothing is set', { q: '', app: undefined }, '/api/services'],
  ])('%s', (_name, params, expected) => {
    expect(apiPath('/api/services', params)).toBe(expected);
  });
});
