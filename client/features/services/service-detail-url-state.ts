import { z } from 'zod';
import { urlField } from '../../lib/url-state.ts';

/**
 * `/services/:key?q=&sort=&order=&page=&cq=&csort=&corder=&cpage=` — the providers table owns the
 * plain names (it is what people share), the consumers table the `c`-prefixed ones.
 */
export const providerSortColumns = ['address', 'application', 'release', 'registeredWeight', 'weight', 'enabled', 'share'] as const;
export const consumerSortColumns = ['address', 'application', 'release', 'dubboVersion'] as const;
export type ProviderSortColumn = (typeof providerSortColumns)[number];
export type ConsumerSortColumn = (typeof consumerSortColumns)[number];

export const serviceDetailUrlStateSchema = z.object({
  q: urlField.text(),
  sort: urlField.oneOf(providerSortColumns, 'address'),
  order: urlField.order('asc'),
  page: urlField.page(),
  cq: urlField.text(),
  csort: urlField.oneOf(consumerSortColumns, 'application'),
  corder: urlField.order('asc'),
  cpage: urlField.page(),
});
export type ServiceDetailUrlState = z.output<typeof serviceDetailUrlStateSchema>;

export function isProviderSortColumn(column: string): column is ProviderSortColumn {
  return (providerSortColumns as readonly string[]).includes(column);
}

export function isConsumerSortColumn(column: string): column is ConsumerSortColumn {
  return (consumerSortColumns as readonly string[]).includes(column);
}
