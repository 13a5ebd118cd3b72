import { z } from 'zod';
import { applicationSortSchema } from '@contract/applications.ts';
import type { ApplicationListQuery } from '@contract/applications.ts';
import { pageOffset } from '../../lib/paging.ts';
import { urlField } from '../../lib/url-state.ts';

/** `/applications?q=&sort=&order=&page=&size=` — the applications list as a shareable link (the API sorts). */
export const applicationsUrlStateSchema = z.object({
  q: urlField.text(),
  sort: urlField.oneOf(applicationSortSchema.options, 'name'),
  order: urlField.order('asc'),
  page: urlField.page(),
  size: urlField.pageSize(50),
});
export type ApplicationsUrlState = z.output<typeof applicationsUrlStateSchema>;

export function applicationListQuery(state: ApplicationsUrlState): ApplicationListQuery {
  const query: ApplicationListQuery = {
    sort: state.sort,
    order: state.order,
    limit: state.size,
    offset: pageOffset(state.page, state.size),
  };
  if (state.q) query.q = state.q;
  return query;
}

export function isApplicationSortColumn(column: string): column is ApplicationListQuery['sort'] {
  return (applicationSortSchema.options as readonly string[]).includes(column);
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
