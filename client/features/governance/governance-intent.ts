import type { GovernanceActionName } from '@contract/governance.ts';
import type { Instance } from '@contract/instance.ts';
import type { ServiceDetail } from '@contract/services.ts';
import { i18n } from '../../i18n/i18n.ts';
import { formatCount } from '../../lib/display-format.ts';

/**
 * What the operator asked for, before any request: one action on one or more provider instances of
 * one service, or of one application (application scope: every service the instance provides). The
 * same intent is sent twice — first as a dry run, then for real — so both calls are built here and can
 * never disagree. Single-instance edits use the per-instance endpoints, selections the bulk endpoint.
 */
export type GovernanceTarget = { scope: 'service'; serviceKey: string } | { scope: 'application'; application: string };

export type GovernanceIntent =
  | { action: 'set-weight'; target: GovernanceTarget; addresses: readonly string[]; weight: number }
  | { action: 'disable' | 'enable'; target: GovernanceTarget; addresses: readonly string[] };

export type WriteOptions = {
  dryRun: boolean;
  force: boolean;
  replaceInvalid: boolean;
  legacy: boolean;
  reason: string;
  /** The rule node's ZooKeeper version the operator saw; -1: the node did not exist. */
  expectedVersion: number;
};

export type GovernanceRequest = { method: 'PUT' | 'POST'; path: string; body: Record<string, unknown> };

export function governanceRequest(intent: GovernanceIntent, options: WriteOptions): GovernanceRequest {
  const common: Record<string, unknown> = { expectedVersion: options.expectedVersion, legacy: options.legacy, dryRun: options.dryRun };
  if (options.reason.trim()) common['reason'] = options.reason.trim();
  if (options.force) common['force'] = true;
  if (options.replaceInvalid) common['replaceInvalid'] = true;
  const [single] = intent.addresses;
  if (intent.addresses.length === 1 && single !== undefined) {
    const base = `${targetPath(intent.target)}/instances/${encodeURIComponent(single)}`;
    return intent.action === 'set-weight'
      ? { method: 'PUT', path: `${base}/weight`, body: { weight: intent.weight, ...common } }
      : { method: 'PUT', path: `${base}/enabled`, body: { enabled: intent.action === 'enable', ...common } };
  }
  const action: GovernanceActionName = intent.action;
  return {
    method: 'POST',
    path: '/api/governance/operations',
    body: {
      action,
      ...intent.target,
      addresses: [...intent.addresses],
      ...(intent.action === 'set-weight' ? { weight: intent.weight } : {}),
      ...common,
    },
  };
}

function targetPath(target: GovernanceTarget): string {
  return target.scope === 'service'
    ? `/api/services/${encodeURIComponent(target.serviceKey)}`
    : `/api/applications/${encodeURIComponent(target.application)}`;
}

/** "Set weight to 500 on 10.0.0.4:20880", "Disable 3 providers", "Enable 2 instances" — in the operator's language. */
export function describeIntent(intent: GovernanceIntent): string {
  const [only] = intent.addresses;
  const count = intent.addresses.length;
  const verb = intent.action === 'set-weight' ? 'setWeight' : intent.action;
  const weight = intent.action === 'set-weight' ? formatCount(intent.weight) : undefined;
  if (count === 1 && only) return i18n.t(`governance:intent.${verb === 'setWeight' ? 'setWeightOn' : `${verb}One`}`, { address: only, weight });
  const many = intent.target.scope === 'service' ? 'Providers' : 'Instances';
  return i18n.t(`governance:intent.${verb}${many}`, { count, weight });
}

/** The config-center node a service-scope write goes to: `iface:version:group.configurators`. */
export function configuratorNodeOf(service: Pick<ServiceDetail, 'interface' | 'version' | 'group'>): string {
  return `${service.interface}:${service.version}:${service.group}.configurators`;
}

/** The ZooKeeper version of the service's rule file as the page shows it; -1 when there is none. */
export function expectedVersionOf(service: Pick<ServiceDetail, 'interface' | 'version' | 'group' | 'rules'>): number {
  const node = configuratorNodeOf(service);
  const rule = service.rules.find((candidate) => candidate.node === node && candidate.scope !== 'legacy');
  return rule?.version ?? -1;
}

/**
 * Whether to write the Dubbo 2.6 `override://` copy by default: yes when a provider or consumer of the
 * service runs 2.6 (no `release` parameter, or 2.6.x), because 2.6 never reads the YAML rule. Legacy
 * rules alone do not count: the interface folder holds them for every group and version.
 */
export function legacyRecommended(service: Pick<ServiceDetail, 'providers' | 'consumers'>): boolean {
  const old = (release: string) => release === '' || release.startsWith('2.6') || release.startsWith('2.5');
  return service.providers.some((provider) => old(provider.release)) || service.consumers.some((consumer) => old(consumer.release));
}

/** The action a toggle offers for a provider in its current effective state. */
export function toggleActionOf(provider: Pick<Instance, 'enabled'>): 'disable' | 'enable' {
  return provider.enabled ? 'disable' : 'enable';
}
