import { useId } from 'react';
import type { ReactNode } from 'react';
import { ariaSort } from '../lib/table-sort.ts';
import type { SortState } from '../lib/table-sort.ts';
import styles from './data-table.module.css';

/**
 * A dense, accessible table: real <th scope="col"> headers, `aria-sort` on sortable ones, skeleton
 * rows while loading and a slot for the empty state. Sorting itself happens elsewhere (server or
 * local-list); the table only reports clicks. Row actions are just another column.
 */
export type DataColumn<Row> = {
  id: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  sortable?: boolean;
  align?: 'start' | 'end' | 'center';
  /** CSS width, e.g. '12rem' or '8%'. */
  width?: string;
  /** Cells stay on one line unless `wrap` (long text) or `truncate` (cut with an ellipsis). */
  wrap?: boolean;
  truncate?: boolean;
  /** What the column means, when its heading alone is ambiguous: shown on hover, read as the heading's description. */
  hint?: string;
};

/** How a page shows a table's rows: sort header state, loading, stale and empty. Feature tables pass it through. */
export type TableView = {
  sort?: SortState<string>;
  onSort?: (columnId: string) => void;
  loading?: boolean;
  /** Rows are from the previous query while the next one loads (keep them, dim them). */
  stale?: boolean;
  empty?: ReactNode;
};

type DataTableProps<Row> = TableView & {
  label: string;
  columns: readonly DataColumn<Row>[];
  rows: readonly Row[] | undefined;
  rowKey: (row: Row) => string;
  rowTone?: (row: Row) => 'muted' | 'warning' | 'danger' | undefined;
  skeletonRows?: number;
};

export function DataTable<Row>(props: DataTableProps<Row>) {
  const { label, columns, rows, rowKey, loading = false, stale = false, empty, rowTone } = props;
  const showSkeleton = loading && !rows;
  const keys = rows ? uniqueKeys(rows, rowKey) : [];
  return (
    <div className={styles.scroller}>
      <table className={`${styles.table} ${stale ? styles.stale : ''}`} aria-label={label} aria-busy={loading || stale}>
        <thead>
          <tr>
            {columns.map((column) => (
              <HeaderCell key={column.id} column={column} sort={props.sort} onSort={props.onSort} />
            ))}
          </tr>
        </thead>
        <tbody>
          {showSkeleton ? <SkeletonRows columns={columns.length} count={props.skeletonRows ?? 8} /> : null}
          {rows?.map((row, index) => (
            <tr key={keys[index]} className={styles[rowTone?.(row) ?? 'plain']}>
              {columns.map((column) => (
                <td key={column.id} className={cellClass(column)}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
          {rows && rows.length === 0 && empty ? (
            <tr>
              <td colSpan={columns.length} className={styles.emptyCell}>
                {empty}
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}

type HeaderCellProps<Row> = {
  column: DataColumn<Row>;
  sort: SortState<string> | undefined;
  onSort: ((columnId: string) => void) | undefined;
};

function HeaderCell<Row>({ column, sort, onSort }: HeaderCellProps<Row>) {
  const sortable = column.sortable && sort && onSort;
  const direction = sort ? ariaSort(sort, column.id) : 'none';
  const hintId = useId();
  const header = column.hint ? (
    <>
      {column.header}
      <span className={styles.hintMark} aria-hidden="true">
        ?
      </span>
    </>
  ) : (
    column.header
  );
  return (
    <th
      scope="col"
      className={cellClass(column)}
      style={column.width ? { width: column.width } : undefined}
      aria-sort={sortable ? direction : undefined}
      title={column.hint}
      aria-describedby={column.hint ? hintId : undefined}
    >
      {column.hint ? (
        <span id={hintId} hidden>
          {column.hint}
        </span>
      ) : null}
      {sortable ? (
        <button type="button" className={styles.sortButton} onClick={() => onSort(column.id)} aria-describedby={column.hint ? hintId : undefined}>
          {header}
          <span className={`${styles.sortIcon} ${direction !== 'none' ? styles.sortActive : ''}`} aria-hidden="true">
            {direction === 'descending' ? '▼' : '▲'}
          </span>
        </button>
      ) : (
        header
      )}
    </th>
  );
}

function SkeletonRows({ columns, count }: { columns: number; count: number }) {
  return Array.from({ length: count }, (_, row) => (
    <tr key={`skeleton-${row}`} aria-hidden="true">
      {Array.from({ length: columns }, (_, column) => (
        <td key={column}>
          <span className={styles.skeleton} style={{ width: `${40 + ((row * 7 + column * 13) % 45)}%` }} />
        </td>
      ))}
    </tr>
  ));
}

/** Row keys, made unique: two consumer processes of one app on one host look identical. */
function uniqueKeys<Row>(rows: readonly Row[], rowKey: (row: Row) => string): string[] {
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const key = rowKey(row);
    const count = seen.get(key) ?? 0;
    seen.set(key, count + 1);
    return count === 0 ? key : `${key}#${count}`;
  });
}

function cellClass<Row>(column: DataColumn<Row>): string {
  const flow = column.truncate ? styles.truncate : column.wrap ? styles.wrap : styles.nowrap;
  return [styles[column.align ?? 'start'], flow].filter(Boolean).join(' ');
}
