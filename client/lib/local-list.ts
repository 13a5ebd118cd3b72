import { clampPage, pageOffset } from './paging.ts';
import type { SortOrder } from './table-sort.ts';

/**
 * Search, sort and page a list already held by the client (a service's providers, the warnings).
 * Server-sized lists (services, applications) are paged by the server instead.
 */
export type Comparator<Row> = (a: Row, b: Row) => number;

export type LocalListRequest<Row> = {
  query: string;
  /** The text a row is searched by; matched case-insensitively, every word must appear. */
  searchText: (row: Row) => string;
  compare: Comparator<Row>;
  order: SortOrder;
  page: number;
  pageSize: number;
};

export type LocalListPage<Row> = { rows: Row[]; total: number; page: number };

export function localListPage<Row>(rows: readonly Row[], request: LocalListRequest<Row>): LocalListPage<Row> {
  const words = request.query.toLowerCase().split(/\s+/).filter(Boolean);
  const matching = words.length === 0 ? [...rows] : rows.filter((row) => matchesAll(request.searchText(row), words));
  const direction = request.order === 'asc' ? 1 : -1;
  matching.sort((a, b) => direction * request.compare(a, b));
  const page = clampPage(request.page, matching.length, request.pageSize);
  const offset = pageOffset(page, request.pageSize);
  return { rows: matching.slice(offset, offset + request.pageSize), total: matching.length, page };
}

function matchesAll(text: string, words: readonly string[]): boolean {
  const haystack = text.toLowerCase();
  return words.every((word) => haystack.includes(word));
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

export const compareBy = {
  text: <Row>(pick: (row: Row) => string): Comparator<Row> => (a, b) => collator.compare(pick(a), pick(b)),
  number: <Row>(pick: (row: Row) => number): Comparator<Row> => (a, b) => pick(a) - pick(b),
  /** Falls back to the second comparator on ties, so equal rows keep a stable, meaningful order. */
  then: <Row>(first: Comparator<Row>, second: Comparator<Row>): Comparator<Row> => (a, b) => first(a, b) || second(a, b),
};

/** Compares `ip:port` addresses numerically (10.0.0.9 before 10.0.0.10). */
export function compareAddresses(a: string, b: string): number {
  return collator.compare(a, b);
}
