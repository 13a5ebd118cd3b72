import { formatCount } from '../lib/display-format.ts';
import { pageCount, pageRange } from '../lib/paging.ts';
import { PAGE_SIZES } from '../lib/url-state.ts';
import type { PageSize } from '../lib/url-state.ts';
import styles from './pagination.module.css';

type PaginationProps = {
  /** What is being paged, for screen readers: "services", "providers". */
  noun: string;
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
  onPageSize?: (size: PageSize) => void;
};

export function Pagination({ noun, page, pageSize, total, onPage, onPageSize }: PaginationProps) {
  const pages = pageCount(total, pageSize);
  const { first, last } = pageRange(page, pageSize, total);
  const atStart = page <= 1;
  const atEnd = page >= pages;
  return (
    <nav className={styles.pagination} aria-label={`${capitalise(noun)} pages`}>
      <p className={styles.range} aria-live="polite">
        {total === 0 ? (
          `No ${noun}`
        ) : (
          <>
            <strong>
              {formatCount(first)}–{formatCount(last)}
            </strong>{' '}
            of <strong>{formatCount(total)}</strong> {noun}
          </>
        )}
      </p>
      <div className={styles.controls}>
        {onPageSize ? (
          <label className={styles.size}>
            Rows per page
            <select
              className="input"
              value={pageSize}
              onChange={(event) => onPageSize(Number(event.target.value) as PageSize)}
            >
              {PAGE_SIZES.map((size) => (
                <option key={size} value={size}>
                  {size}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <button type="button" className="button button-small" aria-label="First page" disabled={atStart} onClick={() => onPage(1)}>
          «
        </button>
        <button type="button" className="button button-small" aria-label="Previous page" disabled={atStart} onClick={() => onPage(page - 1)}>
          ‹ Prev
        </button>
        <span className={styles.position}>
          Page <strong>{formatCount(Math.min(page, pages))}</strong> of {formatCount(pages)}
        </span>
        <button type="button" className="button button-small" aria-label="Next page" disabled={atEnd} onClick={() => onPage(page + 1)}>
          Next ›
        </button>
        <button type="button" className="button button-small" aria-label="Last page" disabled={atEnd} onClick={() => onPage(pages)}>
          »
        </button>
      </div>
    </nav>
  );
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
