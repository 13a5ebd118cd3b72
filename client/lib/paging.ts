/** Page arithmetic shared by server-paged and client-paged tables (pages are 1-based). */

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

export function pageOffset(page: number, pageSize: number): number {
  return (page - 1) * pageSize;
}

/** The page to show when the one asked for is past the end (e.g. after the list shrank). */
export function clampPage(page: number, total: number, pageSize: number): number {
  return Math.min(Math.max(1, page), pageCount(total, pageSize));
}

/** "1–50 of 2,134" style bounds; `first` is 0 when there is nothing to show. */
export function pageRange(page: number, pageSize: number, total: number): { first: number; last: number } {
  if (total === 0) return { first: 0, last: 0 };
  const first = Math.min(pageOffset(page, pageSize) + 1, total);
  return { first, last: Math.min(first + pageSize - 1, total) };
}

/** A page as a server-paged request asks for it: `limit` rows from `offset`. */
export function pageWindow(page: number, pageSize: number): { limit: number; offset: number } {
  return { limit: pageSize, offset: pageOffset(page, pageSize) };
}
