import { applicationSortSchema } from '@contract/applications.ts';
import type { ApplicationListQuery } from '@contract/applications.ts';
import { listUrlState } from '../../lib/list-url-state.ts';
import { pageWindow } from '../../lib/paging.ts';
import { urlField } from '../../lib/url-state.ts';

/** `/applications?q=&sort=&order=&page=&size=` — the applications list as a shareable link (the API sorts). */
export const applicationsUrlState = listUrlState({
  filters: { q: urlField.text() },
  sort: { columns: applicationSortSchema.options, column: 'name', order: 'asc', firstOrder: (column) => (column === 'name' ? 'asc' : 'desc') },
  paging: { size: 50 },
});
export type ApplicationsUrlState = ReturnType<typeof applicationsUrlState.schema.parse>;

export function applicationListQuery(state: ApplicationsUrlState): ApplicationListQuery {
  const query: ApplicationListQuery = { sort: state.sort, order: state.order, ...pageWindow(state.page, state.size) };
  if (state.q) query.q = state.q;
  return query;
}

export const instanceSortColumns = ['address', 'release', 'discovery', 'provided', 'consumed', 'disabled'] as const;
export type InstanceSortColumn = (typeof instanceSortColumns)[number];

/** `/applications/:name?q=&sort=&order=&page=` — the instances table of one application. */
const countColumns: readonly string[] = ['provided', 'consumed', 'disabled'];
export const applicationDetailUrlState = listUrlState({
  filters: { q: urlField.text() },
  sort: { columns: instanceSortColumns, column: 'address', order: 'asc', firstOrder: (column) => (countColumns.includes(column) ? 'desc' : 'asc') },
  paging: {},
});
export type ApplicationDetailUrlState = ReturnType<typeof applicationDetailUrlState.schema.parse>;
