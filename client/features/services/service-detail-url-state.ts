import { listUrlState } from '../../lib/list-url-state.ts';
import { urlField } from '../../lib/url-state.ts';
import { firstOrderOf } from './provider-order.ts';
import { consumerSortColumns, providerSortColumns } from './service-detail-columns.ts';

/**
 * `/services/:key?q=&sort=&order=&page=&cq=&csort=&corder=&cpage=` — the providers table owns the
 * plain names (it is what people share), the consumers table the `c`-prefixed ones.
 */

const providers = listUrlState({
  filters: { q: urlField.text() },
  sort: { columns: providerSortColumns, column: 'address', order: 'asc', firstOrder: firstOrderOf },
  paging: {},
});
const consumers = listUrlState({
  filters: { cq: urlField.text() },
  sort: { columns: consumerSortColumns, column: 'application', order: 'asc' },
  paging: {},
  prefix: 'c',
});
/** The page's one schema holds both tables, so moving in one keeps the other's state in the link. */
const schema = providers.schema.extend(consumers.schema.shape);
export const providersUrlState = { ...providers, schema };
export const consumersUrlState = { ...consumers, schema };
