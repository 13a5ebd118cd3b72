import { z } from 'zod';
import { nextSort } from './table-sort.ts';
import type { SortOrder, SortState } from './table-sort.ts';
import { urlField } from './url-state.ts';
import type { PageSize } from './url-state.ts';

/**
 * A list page's shareable state, declared once: its filters (search text, application, code…), its
 * sort column and direction, its page and page size. The query-string names are the fields' names —
 * `?q=&app=&sort=&order=&page=&size=`, in that order — so links keep working. Pure: the hook
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

type SortFields<C extends Columns> = [C] extends [never] ? unknown : { sort: C[number]; order: SortOrder };
type PageFields<P> = P extends { size: PageSize } ? { page: number; size: PageSize } : P extends ListPaging ? { page: number } : unknown;
type FilterFields<F extends FilterShape> = { [K in keyof F]: z.output<F[K]> };
type Flatten<T> = { [K in keyof T]: T[K] };

export type ListState<F extends FilterShape, C extends Columns, P> = Flatten<FilterFields<F> & SortFields<C> & PageFields<P>>;

export type ListUrlState<F extends FilterShape, C extends Columns, P> = {
  schema: z.ZodObject<{ [K in keyof ListState<F, C, P>]: z.ZodType<ListState<F, C, P>[K]> }>;
  filters: readonly (keyof F & string)[];
  sort: ListSort<C> | undefined;
  paged: boolean;
};

export function listUrlState<F extends FilterShape, const C extends Columns = never, P extends ListPaging | undefined = undefined>(declaration: {
  filters: F;
  sort?: ListSort<C>;
  paging?: P;
}): ListUrlState<F, C, P> {
  const { filters, sort, paging } = declaration;
  const shape = {
    ...filters,
    ...(sort ? { sort: urlField.oneOf(sort.columns, sort.column), order: urlField.order(sort.order) } : {}),
    ...(paging ? { page: urlField.page() } : {}),
    ...(paging?.size ? { size: urlField.pageSize(paging.size) } : {}),
  };
  return {
    schema: z.object(shape) as unknown as ListUrlState<F, C, P>['schema'],
    filters: Object.keys(filters),
    sort,
    paged: paging !== undefined,
  };
}

/** What a list declaration's functions need to know; any ListUrlState is one. */
export type AnyListUrlState = {
  filters: readonly string[];
  sort: { columns: Columns; firstOrder?(column: string): SortOrder } | undefined;
  paged: boolean;
};
type Patch = Record<string, string | number>;

/** Back to the first page whenever what is listed changes (a filter, the sort). */
function firstPage(list: AnyListUrlState): Patch {
  return list.paged ? { page: 1 } : {};
}

/** A header click: the patch that sorts by `column`, or undefined when the column is not sortable. */
export function sortPatch(list: AnyListUrlState, current: SortState<string>, column: string): Patch | undefined {
  const sort = list.sort;
  if (!sort || !sort.columns.includes(column)) return undefined;
  return { ...nextSort(current, column, sort.firstOrder?.(column) ?? 'asc'), ...firstPage(list) };
}

export function filterPatch(list: AnyListUrlState, patch: Patch): Patch {
  return { ...patch, ...firstPage(list) };
}

export function clearedFilters(list: AnyListUrlState): Patch {
  return filterPatch(list, Object.fromEntries(list.filters.map((name) => [name, ''])));
}

export function isFiltered(list: AnyListUrlState, state: Readonly<Record<string, unknown>>): boolean {
  return list.filters.some((name) => Boolean(state[name]));
}
