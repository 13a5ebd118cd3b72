import { z } from 'zod';
import type { ApplicationListQuery } from '@contract/applications.ts';
import { pageOffset } from '../../lib/paging.ts';
import { urlField } from '../../lib/url-state.ts';

/** `/applications?q=&page=&size=` (the API orders applications by name; no other sort yet). */
export const applicationsUrlStateSchema = z.object({
  q: urlField.text(),
  page: urlField.page(),
  size: urlField.pageSize(50),
});
export type ApplicationsUrlState = z.output<typeof applicationsUrlStateSchema>;

export function applicationListQuery(state: ApplicationsUrlState): ApplicationListQuery {
  const query: ApplicationListQuery = { limit: state.size, offset: pageOffset(state.page, state.size) };
  if (state.q) query.q = state.q;
  return query;
}

export const instanceSortColumns = ['address', 'release', 'discovery', 'provided', 'consumed', 'disabled'] as const;
export type InstanceSortColumn = (typeof instanceSortColumns)[number];

/** `/applications/:name?q=&sort=&order=&page=` — the instances table of one application. */
export const applicationDetailUrlStateSchema = z.object({
  q: urlField.text(),
  sort: urlField.oneOf(instanceSortColumns, 'address'),
  order: urlField.order('asc'),
  page: urlField.page(),
});
export type ApplicationDetailUrlState = z.output<typeof applicationDetailUrlStateSchema>;

export function isInstanceSortColumn(column: string): column is InstanceSortColumn {
  return (instanceSortColumns as readonly string[]).includes(column);
}
