import type { Consumer, Instance } from '@contract/instance.ts';
import { compareAddresses, compareBy } from '../../lib/local-list.ts';
import type { Comparator } from '../../lib/local-list.ts';
import type { ConsumerSortColumn, ProviderSortColumn } from './service-detail-columns.ts';

/** Sort orders of the providers and consumers tables; ties fall back to the address. */
const byAddress: Comparator<{ address: string }> = (a, b) => compareAddresses(a.address, b.address);

const providerComparators: Record<ProviderSortColumn, Comparator<Instance>> = {
  address: byAddress,
  application: compareBy.then(compareBy.text((p: Instance) => p.application), byAddress),
  release: compareBy.then(compareBy.text((p: Instance) => p.release), byAddress),
  registeredWeight: compareBy.then(compareBy.number((p: Instance) => p.registeredWeight), byAddress),
  weight: compareBy.then(compareBy.number((p: Instance) => p.weight), byAddress),
  enabled: compareBy.then(compareBy.number((p: Instance) => (p.enabled ? 1 : 0)), byAddress),
  share: compareBy.then(compareBy.number((p: Instance) => p.share), byAddress),
};

const consumerComparators: Record<ConsumerSortColumn, Comparator<Consumer>> = {
  address: byAddress,
  application: compareBy.then(compareBy.text((c: Consumer) => c.application), byAddress),
  release: compareBy.then(compareBy.text((c: Consumer) => c.release), byAddress),
  dubboVersion: compareBy.then(compareBy.text((c: Consumer) => c.dubboVersion), byAddress),
};

export function providerComparator(column: ProviderSortColumn): Comparator<Instance> {
  return providerComparators[column];
}

export function consumerComparator(column: ConsumerSortColumn): Comparator<Consumer> {
  return consumerComparators[column];
}

/** Numbers read best biggest-first; names alphabetically. */
export function firstOrderOf(column: ProviderSortColumn): 'asc' | 'desc' {
  return column === 'registeredWeight' || column === 'weight' || column === 'share' ? 'desc' : 'asc';
}
