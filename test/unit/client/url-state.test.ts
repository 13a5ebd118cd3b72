import { describe, expect, it } from 'vitest';
import { patchUrlState, readUrlState, writeUrlState } from '../../../client/lib/url-state.ts';
import { serviceListQuery, servicesUrlStateSchema } from '../../../client/features/services/services-url-state.ts';
import { warningsUrlStateSchema } from '../../../client/features/warnings/warnings-url-state.ts';

const read = (query: string) => readUrlState(servicesUrlStateSchema, new URLSearchParams(query));

describe('URL state', () => {
  it('reads defaults from an empty query string', () => {
    expect(read('')).toEqual({ q: '', app: '', sort: 'key', order: 'asc', page: 1, size: 50 });
  });

  it.each([
    ['sort=weird&order=up', { sort: 'key', order: 'asc' }],
    ['page=0', { page: 1 }],
    ['page=-3', { page: 1 }],
    ['page=2.5', { page: 1 }],
    ['page=abc', { page: 1 }],
    ['size=7', { size: 50 }],
    ['size=200', { size: 200 }],
    ['sort=providers&order=desc&page=3', { sort: 'providers', order: 'desc', page: 3 }],
  ])('survives hand-edited URLs: %s', (query, expected) => {
    expect(read(query)).toMatchObject(expected);
  });

  it('takes the first of repeated parameters', () => {
    expect(read('q=a&q=b').q).toBe('a');
  });

  it('writes only what differs from the defaults', () => {
    const state = { ...read(''), q: 'order', page: 2 };
    expect(writeUrlState(servicesUrlStateSchema, state).toString()).toBe('q=order&page=2');
    expect(writeUrlState(servicesUrlStateSchema, read('')).toString()).toBe('');
  });

  it('round-trips through the query string', () => {
    const state = read('q=g%2Fcom.acme.Svc%3A1.0&app=shop&sort=consumers&order=desc&page=4&size=100');
    expect(read(writeUrlState(servicesUrlStateSchema, state).toString())).toEqual(state);
  });

  it('patches the current query string and drops unknown parameters', () => {
    const next = patchUrlState(servicesUrlStateSchema, new URLSearchParams('q=a&page=3&junk=1'), { page: 1, sort: 'providers' });
    expect(next.toString()).toBe('q=a&sort=providers');
  });

  it('keeps warning codes to the contract enum', () => {
    const state = readUrlState(warningsUrlStateSchema, new URLSearchParams('code=MALFORMED_RULE'));
    expect(state.code).toBe('MALFORMED_RULE');
    expect(readUrlState(warningsUrlStateSchema, new URLSearchParams('code=NOPE')).code).toBe('');
    expect(state.order).toBe('desc');
  });
});

describe('serviceListQuery', () => {
  it('maps page and size to limit and offset and leaves empty filters out', () => {
    expect(serviceListQuery({ q: '', app: '', sort: 'key', order: 'asc', page: 3, size: 50 })).toEqual({
      sort: 'key',
      order: 'asc',
      limit: 50,
      offset: 100,
    });
    expect(serviceListQuery({ q: 'pay', app: 'shop', sort: 'providers', order: 'desc', page: 1, size: 25 })).toEqual({
      q: 'pay',
      app: 'shop',
      sort: 'providers',
      order: 'desc',
      limit: 25,
      offset: 0,
    });
  });
});
