import { serviceSortSchema } from '@contract/services.ts';
import type { ServiceListQuery } from '@contract/services.ts';
import { listUrlState } from '../../lib/list-url-state.ts';
import { pageWindow } from '../../lib/paging.ts';
import { urlField } from '../../lib/url-state.ts';

/** `/services?q=&app=&sort=&order=&page=&size=` — the services list as a shareable link (the API sorts). */
export const servicesUrlState = listUrlState({
  filters: { q: urlField.text(), app: urlField.text() },
  sort: { columns: serviceSortSchema.options, column: 'key', order: 'asc', firstOrder: (column) => (column === 'key' ? 'asc' : 'desc') },
  paging: { size: 50 },
});
export const servicesUrlStateSchema = servicesUrlState.schema;
export type ServicesUrlState = ReturnType<typeof servicesUrlStateSchema.parse>;

export function serviceListQuery(state: ServicesUrlState): ServiceListQuery {
  const query: ServiceListQuery = { sort: state.sort, order: state.order, ...pageWindow(state.page, state.size) };
  if (state.q) query.q = state.q;
  if (state.app) query.app = state.app;
  return query;
}
