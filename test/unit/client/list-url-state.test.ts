import { describe, expect, it } from 'vitest';
import {
  clearedFilters,
  filterPatch,
  isFiltered,
  listUrlState,
  pagePatch,
  pageSizePatch,
  sortPatch,
  sortStateOf,
} from '../../../client/lib/list-url-state.ts';
import { patchUrlState, readUrlState, writeUrlState } from '../../../client/lib/url-state.ts';
import { urlField } from '../../../client/lib/url-state.ts';

const services = listUrlState({
  filters: { q: urlField.text(), app: urlField.text() },
  sort: { columns: ['key', 'providers', 'consumers'], column: 'key', order: 'asc', firstOrder: (column) => (column === 'key' ? 'asc' : 'desc') },
  paging: { size: 50 },
});
const consumers = listUrlState({
  filters: { cq: urlField.text() },
  sort: { columns: ['address', 'application'], column: 'application', order: 'asc' },
  paging: {},
  prefix: 'c',
});
const audit = listUrlState({ filters: { actor: urlField.text(), action: urlField.text() } });

const read = (query: string) => readUrlState(services.schema, new URLSearchParams(query));

describe('listUrlState: the declared query string', () => {
  it('reads the defaults: filters empty, the default sort, page 1, the default size', () => {
    expect(read('')).toEqual({ q: '', app: '', sort: 'key', order: 'asc', page: 1, size: 50 });
  });

  it('writes filters, sort, order, page and size in that order, defaults left out', () => {
    const state = read('size=100&page=3&order=desc&sort=providers&app=shop&q=order');
    expect(writeUrlState(services.schema, state).toString()).toBe('q=order&app=shop&sort=providers&order=desc&page=3&size=100');
    expect(writeUrlState(services.schema, read('')).toString()).toBe('');
  });

  it('falls back to the defaults on an unknown column, order or page size', () => {
    expect(read('sort=nope&order=sideways&size=7&page=-1')).toMatchObject({ sort: 'key', order: 'asc', size: 50, page: 1 });
  });

  it('prefixes the sort, order and page names of a second list on the page', () => {
    expect(readUrlState(consumers.schema, new URLSearchParams('csort=address&corder=desc&cpage=2&cq=web'))).toEqual({
      cq: 'web',
      csort: 'address',
      corder: 'desc',
      cpage: 2,
    });
  });

  it('declares no sort or page parameters for a list without them', () => {
    expect(readUrlState(audit.schema, new URLSearchParams('actor=ann&sort=x&page=4'))).toEqual({ actor: 'ann', action: '' });
  });
});

describe('list moves', () => {
  it.each([
    ['the sorted column flips its order', { sort: 'key', order: 'asc' }, 'key', { sort: 'key', order: 'desc', page: 1 }],
    ['a count column starts descending', { sort: 'key', order: 'asc' }, 'providers', { sort: 'providers', order: 'desc', page: 1 }],
    ['a name column starts ascending', { sort: 'providers', order: 'desc' }, 'key', { sort: 'key', order: 'asc', page: 1 }],
  ])('sort: %s', (_name, current, column, expected) => {
    expect(sortPatch(services, current, column)).toEqual(expected);
  });

  it('ignores a click on a column the list does not sort by', () => {
    expect(sortPatch(services, { sort: 'key', order: 'asc' }, 'interface')).toBeUndefined();
    expect(sortPatch(audit, {}, 'actor')).toBeUndefined();
  });

  it('sorts a prefixed list through its own names, ascending first by default', () => {
    const state = { cq: '', csort: 'application', corder: 'asc', cpage: 3 };
    expect(sortStateOf(consumers, state)).toEqual({ sort: 'application', order: 'asc' });
    expect(sortPatch(consumers, state, 'address')).toEqual({ csort: 'address', corder: 'asc', cpage: 1 });
  });

  it('goes back to the first page when a filter changes, if the list is paged', () => {
    expect(filterPatch(services, { app: 'shop' })).toEqual({ app: 'shop', page: 1 });
    expect(filterPatch(consumers, { cq: 'web' })).toEqual({ cq: 'web', cpage: 1 });
    expect(filterPatch(audit, { action: 'weight' })).toEqual({ action: 'weight' });
  });

  it('clears every filter at once', () => {
    expect(clearedFilters(services)).toEqual({ q: '', app: '', page: 1 });
    expect(clearedFilters(audit)).toEqual({ actor: '', action: '' });
  });

  it('knows when any filter is set', () => {
    expect(isFiltered(services, read(''))).toBe(false);
    expect(isFiltered(services, read('app=shop'))).toBe(true);
    expect(isFiltered(services, read('sort=providers&page=2'))).toBe(false);
  });

  it('pages and resizes through the list names', () => {
    expect(pagePatch(consumers, 4)).toEqual({ cpage: 4 });
    expect(pageSizePatch(services, 200)).toEqual({ size: 200, page: 1 });
  });

  it('applies a move to the query string without touching the other list on the page', () => {
    const page = services.schema.extend(consumers.schema.shape);
    const current = new URLSearchParams('q=order&cq=web&cpage=2');
    expect(patchUrlState(page, current, sortPatch(services, read('q=order'), 'consumers') ?? {}).toString()).toBe(
      'q=order&sort=consumers&order=desc&cq=web&cpage=2',
    );
  });
});
