import type { GovernanceResult } from '@contract/governance.ts';
import type { Instance } from '@contract/instance.ts';
import type { GovernanceIntent } from './governance-intent.ts';

/**
 * What "the registry confirmed it" means for one write: every targeted provider of the service, as the
 * service detail shows it after a live refetch, has the effective weight and enabled state the server
 * predicted for it (`preview[].providers[].after`, computed by the same code as the read side). When
 * the server sent no prediction for a provider, the intent itself is the expectation.
 */
export type ExpectedProvider = { address: string; weight: number | undefined; enabled: boolean | undefined };

export type PendingWrite = {
  id: number;
  serviceKey: string;
  description: string;
  expected: readonly ExpectedProvider[];
  startedAt: number;
  /** applying → confirmed, or → waiting once CONFIRM_TIMEOUT_MS passed ("written, waiting for the registry"). */
  status: 'applying' | 'waiting' | 'confirmed';
};

export function expectedProviders(intent: GovernanceIntent, result: GovernanceResult, dryRun?: GovernanceResult): ExpectedProvider[] {
  const predicted = [...result.preview, ...(dryRun?.preview ?? [])]
    .filter((service) => service.serviceKey === intent.serviceKey)
    .flatMap((service) => service.providers);
  return intent.addresses.map((address) => {
    const after = predicted.find((provider) => provider.address === address)?.after;
    if (after) return { address, weight: after.weight, enabled: after.enabled };
    if (intent.action === 'set-weight') return { address, weight: intent.weight, enabled: undefined };
    return { address, weight: undefined, enabled: intent.action === 'enable' };
  });
}

/** True when every expectation holds in the providers the detail page currently shows. */
export function expectationsMet(providers: readonly Pick<Instance, 'address' | 'weight' | 'enabled'>[], expected: readonly ExpectedProvider[]): boolean {
  return expected.every((want) => {
    const provider = providers.find((candidate) => candidate.address === want.address);
    if (!provider) return false;
    return (want.weight === undefined || provider.weight === want.weight) && (want.enabled === undefined || provider.enabled === want.enabled);
  });
}

/** The pending write (if any) that covers this provider; the newest wins. */
export function pendingFor(writes: readonly PendingWrite[], serviceKey: string, address: string): PendingWrite | undefined {
  let found: PendingWrite | undefined;
  for (const write of writes) {
    if (write.status === 'confirmed') continue;
    if (write.serviceKey === serviceKey && write.expected.some((want) => want.address === address)) found = write;
  }
  return found;
}

/** Writes after a service detail refetch: the ones whose expectations now hold become confirmed. */
export function confirmWrites(writes: readonly PendingWrite[], serviceKey: string, providers: readonly Pick<Instance, 'address' | 'weight' | 'enabled'>[]): PendingWrite[] {
  return writes.map((write) =>
    write.status !== 'confirmed' && write.serviceKey === serviceKey && expectationsMet(providers, write.expected)
      ? { ...write, status: 'confirmed' }
      : write,
  );
}

/** Writes still unconfirmed after `timeoutMs` are marked waiting. */
export function expireWrites(writes: readonly PendingWrite[], now: number, timeoutMs: number): PendingWrite[] {
  return writes.map((write) => (write.status === 'applying' && now - write.startedAt >= timeoutMs ? { ...write, status: 'waiting' } : write));
}
