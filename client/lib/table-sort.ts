export type SortOrder = 'asc' | 'desc';

export type SortState<Column extends string> = { sort: Column; order: SortOrder };

/**
 * Clicking a header: the same column flips the order; another column starts at its natural order
 * (ascending for names, descending for counts, where the interesting rows are the big ones).
 */
export function nextSort<Column extends string>(
  current: SortState<Column>,
  column: Column,
  firstOrder: SortOrder = 'asc',
): SortState<Column> {
  if (current.sort === column) return { sort: column, order: current.order === 'asc' ? 'desc' : 'asc' };
  return { sort: column, order: firstOrder };
}

export function ariaSort(current: SortState<string>, column: string): 'ascending' | 'descending' | 'none' {
  if (current.sort !== column) return 'none';
  return current.order === 'asc' ? 'ascending' : 'descending';
}
