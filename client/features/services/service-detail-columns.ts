/** The sortable columns of the service page's providers and consumers tables (URL state and sort orders share them). */
export const providerSortColumns = ['address', 'application', 'release', 'registeredWeight', 'weight', 'enabled', 'share'] as const;
export const consumerSortColumns = ['address', 'application', 'release', 'dubboVersion'] as const;
export type ProviderSortColumn = (typeof providerSortColumns)[number];
export type ConsumerSortColumn = (typeof consumerSortColumns)[number];
