import { z } from 'zod';
import { serviceSortSchema } from '@contract/services.ts';
import type { ServiceListQuery } from '@contract/services.ts';
import { pageOffset } from '../../lib/paging.ts';
import { urlField } from '../../lib/url-state.ts';

/** `/services?q=&app=&sort=&order=&page=&size=` — the services list as a shareable link. */
export const servicesUrlStateSchema = z.object({
  q: urlField.text(),
  app: urlField.text(),
  sort: urlField.oneOf(serviceSortSchema.options, 'key'),
  order: urlField.order('asc'),
  page: urlField.page(),
  size: urlField.pageSize(50),
});
export type ServicesUrlState = z.output<typeof servicesUrlStateSchema>;

export function serviceListQuery(state: ServicesUrlState): ServiceListQuery {
  const query: ServiceListQuery = {
    sort: state.sort,
    order: state.order,
    limit: state.size,
    offset: pageOffset(state.page, state.size),
  };
  if (state.q) query.q = state.q;
  if (state.app) query.app = state.app;
  return query;
}
