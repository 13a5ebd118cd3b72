import { useCallback, useMemo } from 'react';
import type { z } from 'zod';
import { clearedFilters, filterPatch, isFiltered, pagePatch, pageSizePatch, sortPatch, sortStateOf } from './list-url-state.ts';
import type { AnyListUrlState } from './list-url-state.ts';
import { usePageClamp } from './use-page-clamp.ts';
import { useUrlState } from './use-url-state.ts';
import type { PageSize, UrlStateSchema } from './url-state.ts';

type UpdateOptions = { replace?: boolean };
type TextField<S extends UrlStateSchema> = { [K in keyof z.output<S>]: z.output<S>[K] extends string ? K : never }[keyof z.output<S>] & string;

/**
 * The one hook list pages use for their URL state (declared with listUrlState): the state, and the
 * moves a list makes — filter (back to page 1), clear the filters, sort by a header, go to a page,
 * change the page size. Typing in a search box does not push history (`replace`); the other moves do.
 */
export function useListUrlState<S extends UrlStateSchema>(list: AnyListUrlState & { schema: S }) {
  const [state, update] = useUrlState(list.schema);
  const write = update as (patch: Record<string, string | number>, options?: UpdateOptions) => void;
  const fields = state as Record<string, unknown>;
  const sort = useMemo(() => sortStateOf(list, fields), [list, fields]);
  const clampPage = useCallback((page: number) => write(pagePatch(list, page), { replace: true }), [list, write]);
  const filter = (patch: Partial<z.output<S>>, options?: UpdateOptions) => write(filterPatch(list, patch as Record<string, string>), options);
  return {
    state,
    update,
    filtered: isFiltered(list, fields),
    filter,
    clearFilters: () => write(clearedFilters(list)),
    /** Spread into a SearchBox: the field's value, and typing filters without a history entry per keystroke. */
    search: (name: TextField<S>) => ({
      value: String(fields[name] ?? ''),
      onSearch: (value: string) => write(filterPatch(list, { [name]: value }), { replace: true }),
    }),
    /** Spread into a sortable table: `sort` and `onSort`. */
    sorting: {
      sort,
      onSort: (column: string) => {
        const patch = sortPatch(list, fields, column);
        if (patch) write(patch);
      },
    },
    page: Number(fields[list.names.page] ?? 1),
    goToPage: (page: number) => write(pagePatch(list, page)),
    setPageSize: (size: PageSize) => write(pageSizePatch(list, size)),
    /** A stable callback stepping back to `page` without a history entry (for usePageClamp). */
    clampPage,
    pageSize: Number(fields[list.names.size] ?? 0),
  };
}

export type ListUrlStateControls<S extends UrlStateSchema = UrlStateSchema> = ReturnType<typeof useListUrlState<S>>;

/**
 * A server-paged list (`page` and `size` in its URL state): the Pagination props, and a step back to the
 * last page when a live change or a narrower filter leaves the page past the end. `total` is undefined
 * while loading or showing placeholder data (then nothing is clamped).
 */
export function useServerPaging<S extends UrlStateSchema>(list: ListUrlStateControls<S>, total: number | undefined) {
  const { page, pageSize } = list;
  usePageClamp({ page, pageSize, total, onClamp: list.clampPage });
  return { page, pageSize, onPage: list.goToPage, onPageSize: list.setPageSize };
}
