import type { ComponentProps, ReactNode } from 'react';
import type { TableView } from './data-table.tsx';
import { ErrorState } from './error-state.tsx';
import { Pagination } from './pagination.tsx';

/** The part of a query result a list region needs (a TanStack useQuery result is one). */
export type ListQueryResult = { isError: boolean; data: unknown; error: unknown; refetch: () => unknown };

type LoadedListProps = {
  query: ListQueryResult;
  /** What failed to load, e.g. "services". */
  what: string;
  children: ReactNode;
  /** The pages under the list, when there is more than nothing to page through. */
  pagination?: ComponentProps<typeof Pagination> | undefined;
};

/**
 * A list region: the failed-load state when the query failed with nothing to show, otherwise the list.
 * A failed refetch keeps the rows already shown (the status banner tells the registry is down).
 */
export function LoadedList({ query, what, children, pagination }: LoadedListProps) {
  if (query.isError && query.data === undefined) return <ErrorState error={query.error} what={what} onRetry={() => void query.refetch()} />;
  return (
    <>
      {children}
      {pagination && pagination.total > 0 ? <Pagination {...pagination} /> : null}
    </>
  );
}

/** A table's loading and stale flags from its query: skeleton rows before the first answer, dimmed rows while the next loads. */
export function queryTableView(query: { isPending: boolean; isPlaceholderData: boolean }): TableView {
  return { loading: query.isPending, stale: query.isPlaceholderData };
}
