import { listUrlState } from '../../lib/list-url-state.ts';
import { urlField } from '../../lib/url-state.ts';
import { firstOrderOf } from './provider-order.ts';

/**
 * `/services/:key?q=&sort=&order=&page=&cq=&csort=&corder=&cpage=` — the providers table owns the
 * plain names (it is what people share), the consumers table the `c`-prefixed ones.
 */
export const providerSortColumns = ['address', 'application', 'release', 'registeredWeight', 'weight', 'enabled', 'share'] as const;
export const consumerSortColumns = ['address', 'application', 'release', 'dubboVersion'] as const;
export type ProviderSortColumn = (typeof providerSortColumns)[number];
export type ConsumerSortColumn = (typeof consumerSortColumns)[number];

const providersUrlState = listUrlState({
  filters: { q: urlField.text() },
  sort: { columns: providerSortColumns, column: 'address', order: 'asc', firstOrder: firstOrderOf },
  paging: {},
});
export const serviceDetailUrlState = {
  ...providersUrlState,
  schema: providersUrlState.schema.extend({
    cq: urlField.text(),
    csort: urlField.oneOf(consumerSortColumns, 'application'),
    corder: urlField.order('asc'),
    cpage: urlField.page(),
  }),
};
export type ServiceDetailUrlState = ReturnType<typeof serviceDetailUrlState.schema.parse>;

export function isConsumerSortColumn(column: string): column is ConsumerSortColumn {
  return (consumerSortColumns as readonly string[]).includes(column);
}
