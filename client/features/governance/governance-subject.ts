import type { ApplicationDetail } from '@contract/applications.ts';
import type { ServiceDetail } from '@contract/services.ts';
import { configuratorNodeOf, expectedVersionOf, legacyRecommended } from './governance-intent.ts';
import type { GovernanceTarget } from './governance-intent.ts';

/**
 * What the governance controls act on, read from the page's live data: a service (its providers) or
 * an application (its provider instances, every service they provide). The dialog, the bulk bar and
 * the registry confirmation only ever see this, so both pages share one flow.
 */
export type ObservedProvider = { serviceKey: string; address: string; weight: number; enabled: boolean };

export type GovernanceSubject = {
  target: GovernanceTarget;
  /** `service:<key>` or `application:<name>`: which page a pending write belongs to. */
  id: string;
  /** The `.configurators` node the writes go to. */
  ruleNode: string;
  /** Its ZooKeeper version as the page shows it; -1 when there is none. */
  expectedVersion: number;
  /** Whether the Dubbo 2.6 `override://` copy can be written (service scope only) and is advised. */
  legacy: 'recommended' | 'optional' | 'unavailable';
  /** Addresses a selection may hold (instances application scope refuses are left out). */
  selectable: readonly string[];
  /** Every provider row's effective state, per service: what confirms a write. */
  observed: readonly ObservedProvider[];
};

export function subjectIdOf(target: GovernanceTarget): string {
  return target.scope === 'service' ? `service:${target.serviceKey}` : `application:${target.application}`;
}

export function serviceSubject(service: ServiceDetail): GovernanceSubject {
  const target: GovernanceTarget = { scope: 'service', serviceKey: service.key };
  return {
    target,
    id: subjectIdOf(target),
    ruleNode: configuratorNodeOf(service),
    expectedVersion: expectedVersionOf(service),
    legacy: legacyRecommended(service) ? 'recommended' : 'optional',
    selectable: service.providers.map((provider) => provider.address),
    observed: service.providers.map(({ address, weight, enabled }) => ({ serviceKey: service.key, address, weight, enabled })),
  };
}

/** Application scope writes `<app>.configurators`; Dubbo 2.6 reads no config center, so no legacy copy. */
export function applicationSubject(application: ApplicationDetail): GovernanceSubject {
  const target: GovernanceTarget = { scope: 'application', application: application.name };
  const ruleNode = `${application.name}.configurators`;
  const rule = application.rules.find((candidate) => candidate.node === ruleNode && candidate.scope === 'application');
  return {
    target,
    id: subjectIdOf(target),
    ruleNode,
    expectedVersion: rule?.version ?? -1,
    legacy: 'unavailable',
    selectable: application.instances.filter((instance) => instance.applicationScope.supported).map((instance) => instance.address),
    observed: application.instances.flatMap((instance) =>
      instance.serviceStates.map((state) => ({ serviceKey: state.serviceKey, address: instance.address, weight: state.weight, enabled: state.enabled })),
    ),
  };
}
