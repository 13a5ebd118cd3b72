import type { ApplicationInstance } from '@contract/applications.ts';
import { compareAddresses, compareBy } from '../../lib/local-list.ts';
import type { Comparator } from '../../lib/local-list.ts';
import type { InstanceSortColumn } from './applications-url-state.ts';

const byAddress: Comparator<ApplicationInstance> = (a, b) => compareAddresses(a.address, b.address);

const comparators: Record<InstanceSortColumn, Comparator<ApplicationInstance>> = {
  address: byAddress,
  release: compareBy.then(compareBy.text((i: ApplicationInstance) => i.release), byAddress),
  discovery: compareBy.then(compareBy.text((i: ApplicationInstance) => i.discovery), byAddress),
  provided: compareBy.then(compareBy.number((i: ApplicationInstance) => i.providedServices.length), byAddress),
  consumed: compareBy.then(compareBy.number((i: ApplicationInstance) => i.consumedServices.length), byAddress),
  disabled: compareBy.then(compareBy.number((i: ApplicationInstance) => i.disabledServices), byAddress),
};

/** Sort order of an application's instances table; ties fall back to the address. */
export function instanceComparator(column: InstanceSortColumn): Comparator<ApplicationInstance> {
  return comparators[column];
}
