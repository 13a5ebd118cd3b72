import { useEffect } from 'react';
import { pageCount } from './paging.ts';

type PageClampInput = {
  page: number;
  pageSize: number;
  /** Total from the latest real answer; undefined while loading or showing placeholder data. */
  total: number | undefined;
  onClamp: (lastPage: number) => void;
};

/** A live change or a narrower filter can leave a server-paged list past its end: step back to the last page. */
export function usePageClamp({ page, pageSize, total, onClamp }: PageClampInput): void {
  useEffect(() => {
    if (total === undefined) return;
    const last = pageCount(total, pageSize);
    if (page > last) onClamp(last);
  }, [page, pageSize, total, onClamp]);
}
