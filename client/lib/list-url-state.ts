import { z } from 'zod';
import { nextSort } from './table-sort.ts';
import type { SortOrder, SortState } from './table-sort.ts';
import { urlField } from './url-state.ts';
import type { PageSize } from './url-state.ts';

/**
 * A list's shareable state, declared once: its filters (search text, application, code…), its sort
 * column and direction, its page and page size. The query-string names are the fields' names —
 * `?q=&app=&sort=&order=&page=&size=`, in that order — so links keep working; a second list on the same
 * page prefixes its sort and page names (`csort`, `corder`, `cpage`). Pure: the hook
 * (use-list-url-state.ts) applies the patches these functions answer.
 */
type FilterShape = Record<string, z.ZodType<string>>;
type Columns = readonly string[];

export type ListSort<C extends Columns> = {
  columns: C;
  column: C[number];
  order: SortOrder;
  /** The order a column starts in when first clicked: names ascending, counts descending. Default ascending. */
  firstOrder?: (column: C[number]) => SortOrder;
};

/** `{}`: a `page` parameter; `{ size }`: also a `size` parameter (rows per page) with that default. */
export type ListPaging = { size?: PageSize };

type SortFields<C extends Columns, X extends string> = [C] extends [never]
  ? unknown
  : { [K in `${X}sort`]: C[number] } & { [K in `${X}order`]: SortOrder };
type PageFields<P, X extends string> = P extends { size: PageSize }
  ? { [K in `${X}page`]: number } & { [K in `${X}size`]: PageSize }
  : P extends ListPaging
    ? { [K in `${X}page`]: number }
    : unknown;
type FilterFields<F extends FilterShape> = { [K in keyof F]: z.output<F[K]> };
type Flatten<T> = { [K in keyof T]: T[K] };

export type ListState<F extends FilterShape, C extends Columns, P, X extends string = ''> = Flatten<
  FilterFields<F> & SortFields<C, X> & PageFields<P, X>
>;

/** The query-string names of a list's sort, order, page and size. */
export type ListNames = { sort: string; order: string; page: string; size: string };

export type ListUrlState<F extends FilterShape, C extends Columns, P, X extends string = ''> = {
  schema: z.ZodObject<{ [K in keyof ListState<F, C, P, X>]: z.ZodType<ListState<F, C, P, X>[K]> }>;
  filters: readonly (keyof F & string)[];
  sort: ListSort<C> | undefined;
  paged: boolean;
  names: ListNames;
};

export function listUrlState<
  F extends FilterShape,
  const C extends Columns = never,
  P extends ListPaging | undefined = undefined,
  X extends string = '',
>(declaration: { filters: F; sort?: ListSort<C>; paging?: P; prefix?: X }): ListUrlState<F, C, P, X> {
  const { filters, sort, paging } = declaration;
  const prefix = declaration.prefix ?? '';
  const names = { sort: `${prefix}sort`, order: `${prefix}order`, page: `${prefix}page`, size: `${prefix}size` };
  const shape = {
    ...filters,
    ...(sort ? { [names.sort]: urlField.oneOf(sort.columns, sort.column), [names.order]: urlField.order(sort.order) } : {}),
    ...(paging ? { [names.page]: urlField.page() } : {}),
    ...(paging?.size ? { [names.size]: urlField.pageSize(paging.size) } : {}),
  };
  return {
    schema: z.object(shape) as unknown as ListUrlState<F, C, P, X>['schema'],
    filters: Object.keys(filters),
    sort,
    paged: paging !== undefined,
    names,
  };
}

/** What a list declaration's functions need to know; any ListUrlState is one. */
export type AnyListUrlState = {
  filters: readonly string[];
  sort: { columns: Columns; firstOrder?(column: string): SortOrder } | undefined;
  paged: boolean;
  names: ListNames;
};
type Fields = Readonly<Record<string, unknown>>;
type Patch = Record<string, string | number>;

/** The list's sort as a table shows it, read from the state by the list's names. */
export function sortStateOf(list: AnyListUrlState, state: Fields): SortState<string> {
  return { sort: String(state[list.names.sort] ?? ''), order: state[list.names.order] === 'desc' ? 'desc' : 'asc' };
}

/** Back to the first page whenever what is listed changes (a filter, the sort). */
function firstPage(list: AnyListUrlState): Patch {
  return list.paged ? { [list.names.page]: 1 } : {};
}

/** A header click: the patch that sorts by `column`, or undefined when the column is not sortable. */
export function sortPatch(list: AnyListUrlState, state: Fields, column: string): Patch | undefined {
  const sort = list.sort;
  if (!sort || !sort.columns.includes(column)) return undefined;
  const next = nextSort(sortStateOf(list, state), column, sort.firstOrder?.(column) ?? 'asc');
  return { [list.names.sort]: next.sort, [list.names.order]: next.order, ...firstPage(list) };
}

export function filterPatch(list: AnyListUrlState, patch: Patch): Patch {
  return { ...patch, ...firstPage(list) };
}

export function clearedFilters(list: AnyListUrlState): Patch {
  return filterPatch(list, Object.fromEntries(list.filters.map((name) => [name, ''])));
}

export function pagePatch(list: AnyListUrlState, page: number): Patch {
  return { [list.names.page]: page };
}

export function pageSizePatch(list: AnyListUrlState, size: PageSize): Patch {
  return { [list.names.size]: size, [list.names.page]: 1 };
}

export function isFiltered(list: AnyListUrlState, state: Fields): boolean {
  return list.filters.some((name) => Boolean(state[name]));
}
