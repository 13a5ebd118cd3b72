import type { GovernanceResult } from '@contract/governance.ts';
import type { GovernanceIntent } from './governance-intent.ts';
import type { ObservedProvider } from './governance-subject.ts';

/**
 * What "the registry confirmed it" means for one write: every targeted provider row, as the page's
 * live-refetched data shows it, has the effective weight and enabled state the server predicted for
 * it (`preview[].providers[].after`, computed by the same code as the read side) — one row per
 * service the instance provides at application scope. When the server sent no prediction for an
 * address, the intent itself is the expectation, for every service of that address.
 */
export type ExpectedProvider = {
  /** undefined: every service this address provides. */
  serviceKey: string | undefined;
  address: string;
  weight: number | undefined;
  enabled: boolean | undefined;
};

export type PendingWrite = {
  id: number;
  /** The subject (governance-subject.ts) the write was made from. */
  subject: string;
  description: string;
  expected: readonly ExpectedProvider[];
  startedAt: number;
  /** applying → confirmed, or → waiting once CONFIRM_TIMEOUT_MS passed ("written, waiting for the registry"). */
  status: 'applying' | 'waiting' | 'confirmed';
};

type Observed = Pick<ObservedProvider, 'address' | 'weight' | 'enabled'> & { serviceKey?: string };

export function expectedProviders(intent: GovernanceIntent, result: GovernanceResult, dryRun?: GovernanceResult): ExpectedProvider[] {
  const target = intent.target;
  const previews = result.preview.length > 0 ? result.preview : (dryRun?.preview ?? []);
  const predicted = previews
    .filter((service) => target.scope === 'application' || service.serviceKey === target.serviceKey)
    .flatMap((service) => service.providers.map((provider) => ({ serviceKey: service.serviceKey, provider })));
  return intent.addresses.flatMap((address): ExpectedProvider[] => {
    const rows = predicted.filter(({ provider }) => provider.address === address);
    if (rows.length > 0) {
      return rows.map(({ serviceKey, provider }) => ({ serviceKey, address, weight: provider.after.weight, enabled: provider.after.enabled }));
    }
    const serviceKey = target.scope === 'service' ? target.serviceKey : undefined;
    if (intent.action === 'set-weight') return [{ serviceKey, address, weight: intent.weight, enabled: undefined }];
    return [{ serviceKey, address, weight: undefined, enabled: intent.action === 'enable' }];
  });
}

/** True when every expectation holds in the provider rows the page currently shows. */
export function expectationsMet(observed: readonly Observed[], expected: readonly ExpectedProvider[]): boolean {
  return expected.every((want) => {
    const rows = observed.filter(
      (row) => row.address === want.address && (want.serviceKey === undefined || row.serviceKey === undefined || row.serviceKey === want.serviceKey),
    );
    return (
      rows.length > 0 &&
      rows.every((row) => (want.weight === undefined || row.weight === want.weight) && (want.enabled === undefined || row.enabled === want.enabled))
    );
  });
}

/** The pending write (if any) that covers this address; the newest wins. */
export function pendingFor(writes: readonly PendingWrite[], subject: string, address: string): PendingWrite | undefined {
  let found: PendingWrite | undefined;
  for (const write of writes) {
    if (write.status === 'confirmed') continue;
    if (write.subject === subject && write.expected.some((want) => want.address === address)) found = write;
  }
  return found;
}

/** Writes after a refetch: the ones whose expectations now hold become confirmed. */
export function confirmWrites(writes: readonly PendingWrite[], subject: string, observed: readonly Observed[]): PendingWrite[] {
  return writes.map((write) =>
    write.status !== 'confirmed' && write.subject === subject && expectationsMet(observed, write.expected) ? { ...write, status: 'confirmed' } : write,
  );
}

/** Writes still unconfirmed after `timeoutMs` are marked waiting. */
export function expireWrites(writes: readonly PendingWrite[], now: number, timeoutMs: number): PendingWrite[] {
  return writes.map((write) => (write.status === 'applying' && now - write.startedAt >= timeoutMs ? { ...write, status: 'waiting' } : write));
}
