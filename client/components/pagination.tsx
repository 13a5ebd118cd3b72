import { Trans, useTranslation } from 'react-i18next';
import { formatCount } from '../lib/display-format.ts';
import { pageCount, pageRange } from '../lib/paging.ts';
import { PAGE_SIZES } from '../lib/url-state.ts';
import type { PageSize } from '../lib/url-state.ts';
import styles from './pagination.module.css';

type PaginationProps = {
  /** What is being paged, already in the console's language: "services", "providers". */
  noun: string;
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
  onPageSize?: (size: PageSize) => void;
};

export function Pagination({ noun, page, pageSize, total, onPage, onPageSize }: PaginationProps) {
  const { t } = useTranslation('common');
  const pages = pageCount(total, pageSize);
  const { first, last } = pageRange(page, pageSize, total);
  const atStart = page <= 1;
  const atEnd = page >= pages;
  return (
    <nav className={styles.pagination} aria-label={t('pagination.label', { noun: capitalise(noun) })}>
      <p className={styles.range} aria-live="polite">
        {total === 0 ? (
          t('pagination.none', { noun })
        ) : (
          <Trans
            t={t}
            i18nKey="pagination.range"
            values={{ first: formatCount(first), last: formatCount(last), total: formatCount(total), noun }}
            components={{ strong: <strong /> }}
          />
        )}
      </p>
      <div className={styles.controls}>
        {onPageSize ? (
          <label className={styles.size}>
            {t('pagination.rowsPerPage')}
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
        <button type="button" className="button button-small" aria-label={t('pagination.first')} disabled={atStart} onClick={() => onPage(1)}>
          «
        </button>
        <button type="button" className="button button-small" aria-label={t('pagination.previous')} disabled={atStart} onClick={() => onPage(page - 1)}>
          {t('pagination.prev')}
        </button>
        <span className={styles.position}>
          <Trans t={t} i18nKey="pagination.position" values={{ page: formatCount(Math.min(page, pages)), pages: formatCount(pages) }} components={{ strong: <strong /> }} />
        </span>
        <button type="button" className="button button-small" aria-label={t('pagination.next')} disabled={atEnd} onClick={() => onPage(page + 1)}>
          {t('pagination.nextShort')}
        </button>
        <button type="button" className="button button-small" aria-label={t('pagination.last')} disabled={atEnd} onClick={() => onPage(pages)}>
          »
        </button>
      </div>
    </nav>
  );
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
