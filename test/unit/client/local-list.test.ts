import { describe, expect, it } from 'vitest';
import { compareAddresses, compareBy, localListPage } from '../../../client/lib/local-list.ts';
import { clampPage, pageCount, pageRange } from '../../../client/lib/paging.ts';
import { ariaSort, nextSort } from '../../../client/lib/table-sort.ts';

type Row = { address: string; app: string; weight: number };
const rows: Row[] = [
  { address: '10.0.0.10:20880', app: 'shop-api', weight: 100 },
  { address: '10.0.0.9:20880', app: 'Billing', weight: 50 },
  { address: '10.0.0.11:20880', app: 'shop-web', weight: 200 },
];
const byAddress = (a: Row, b: Row) => compareAddresses(a.address, b.address);

describe('localListPage', () => {
  const request = {
    query: '',
    searchText: (row: Row) => `${row.address} ${row.app}`,
    compare: byAddress,
    order: 'asc' as const,
    page: 1,
    pageSize: 2,
  };

  it('sorts addresses numerically and pages', () => {
    expect(localListPage(rows, request)).toEqual({ rows: [rows[1], rows[0]], total: 3, page: 1 });
    expect(localListPage(rows, { ...request, page: 2 }).rows).toEqual([rows[2]]);
  });

  it('matches every word, case-insensitively', () => {
    expect(localListPage(rows, { ...request, query: 'SHOP 11' }).rows).toEqual([rows[2]]);
    expect(localListPage(rows, { ...request, query: '  ' }).total).toBe(3);
  });

  it('sorts descending and by other comparators', () => {
    const compare = compareBy.then(compareBy.number((row: Row) => row.weight), byAddress);
    expect(localListPage(rows, { ...request, compare, order: 'desc', pageSize: 10 }).rows.map((row) => row.weight)).toEqual([200, 100, 50]);
    const byApp = compareBy.text((row: Row) => row.app);
    expect(localListPage(rows, { ...request, compare: byApp, pageSize: 10 }).rows.map((row) => row.app)).toEqual(['Billing', 'shop-api', 'shop-web']);
  });

  it('clamps a page past the end to the last page', () => {
    expect(localListPage(rows, { ...request, page: 9 })).toMatchObject({ page: 2, total: 3 });
    expect(localListPage([], { ...request, page: 9 })).toEqual({ rows: [], total: 0, page: 1 });
  });

  it('does not reorder its input', () => {
    const input = [...rows];
    localListPage(input, { ...request, order: 'desc' });
    expect(input).toEqual(rows);
  });
});

describe('paging', () => {
  it.each([
    [0, 50, 1],
    [50, 50, 1],
    [51, 50, 2],
    [2340, 50, 47],
  ])('pageCount(%i, %i) = %i', (total, size, pages) => {
    expect(pageCount(total, size)).toBe(pages);
  });

  it('clamps and describes ranges', () => {
    expect(clampPage(0, 100, 50)).toBe(1);
    expect(clampPage(5, 100, 50)).toBe(2);
    expect(pageRange(2, 50, 120)).toEqual({ first: 51, last: 100 });
    expect(pageRange(3, 50, 120)).toEqual({ first: 101, last: 120 });
    expect(pageRange(1, 50, 0)).toEqual({ first: 0, last: 0 });
  });
});

describe('table sort', () => {
  it('flips the current column and starts others at their natural order', () => {
    expect(nextSort({ sort: 'key', order: 'asc' }, 'key')).toEqual({ sort: 'key', order: 'desc' });
    expect(nextSort({ sort: 'key', order: 'desc' }, 'key')).toEqual({ sort: 'key', order: 'asc' });
    expect(nextSort({ sort: 'key', order: 'asc' }, 'providers', 'desc')).toEqual({ sort: 'providers', order: 'desc' });
  });

  it('exposes the state as aria-sort', () => {
    expect(ariaSort({ sort: 'key', order: 'asc' }, 'key')).toBe('ascending');
    expect(ariaSort({ sort: 'key', order: 'desc' }, 'key')).toBe('descending');
    expect(ariaSort({ sort: 'key', order: 'desc' }, 'providers')).toBe('none');
  });
});
