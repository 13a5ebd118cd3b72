import { useCallback, useMemo } from 'react';
import type { z } from 'zod';
import { clearedFilters, filterPatch, isFiltered, sortPatch } from './list-url-state.ts';
import type { AnyListUrlState } from './list-url-state.ts';
import type { SortState } from './table-sort.ts';
import { usePageClamp } from './use-page-clamp.ts';
import { useUrlState } from './use-url-state.ts';
import type { PageSize, UrlStateSchema } from './url-state.ts';

type UpdateOptions = { replace?: boolean };

/**
 * The one hook list pages use for their URL state (declared with listUrlState): the state, and the
 * moves a list makes — filter (back to page 1), clear the filters, sort by a header, go to a page,
 * change the page size. Typing in a search box passes `replace: true`; the other moves push history.
 */
export function useListUrlState<S extends UrlStateSchema>(list: AnyListUrlState & { schema: S }) {
  const [state, update] = useUrlState(list.schema);
  const write = update as (patch: Record<string, string | number>, options?: UpdateOptions) => void;
  const fields = state as Record<string, unknown>;
  const sort = useMemo(() => ({ sort: String(fields.sort ?? ''), order: fields.order === 'desc' ? 'desc' : 'asc' }) as SortState<string>, [fields.sort, fields.order]);
  const clampPage = useCallback((page: number) => write({ page }, { replace: true }), [write]);
  return {
    state,
    update,
    filtered: isFiltered(list, fields),
    filter: (patch: Partial<z.output<S>>, options?: UpdateOptions) => write(filterPatch(list, patch as Record<string, string>), options),
    clearFilters: () => write(clearedFilters(list)),
    /** Spread into a sortable table: `sort` and `onSort`. */
    sorting: {
      sort,
      onSort: (column: string) => {
        const patch = sortPatch(list, sort, column);
        if (patch) write(patch);
      },
    },
    goToPage: (page: number) => write({ page }),
    setPageSize: (size: PageSize) => write({ size, page: 1 }),
    /** A stable callback stepping back to `page` without a history entry (for usePageClamp). */
    clampPage,
  };
}

export type ListUrlStateControls<S extends UrlStateSchema = UrlStateSchema> = ReturnType<typeof useListUrlState<S>>;

/**
 * A server-paged list (`page` and `size` in its URL state): the Pagination props, and a step back to the
 * last page when a live change or a narrower filter leaves the page past the end. `total` is undefined
 * while loading or showing placeholder data (then nothing is clamped).
 */
export function useServerPaging<S extends UrlStateSchema>(list: ListUrlStateControls<S>, total: number | undefined) {
  const fields = list.state as Record<string, unknown>;
  const page = Number(fields.page ?? 1);
  const pageSize = Number(fields.size ?? 1);
  usePageClamp({ page, pageSize, total, onClamp: list.clampPage });
  return { page, pageSize, onPage: list.goToPage, onPageSize: list.setPageSize };
}
