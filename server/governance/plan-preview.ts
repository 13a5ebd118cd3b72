/**
 * Dry-run view of a plan: the snapshot as it would be after the write (rule file replaced, legacy nodes
 * created/removed, built with SnapshotDraft like the mirror builds real revisions), and for each affected
 * service every provider's effective weight, enabled flag and predicted share before and after — computed by
 * `evaluateProviders`/`predictShares`, the same code the read API uses, so the preview cannot disagree with it.
 */
import type { ProviderSide, ServicePreview } from '../contract/governance.ts';
import { predictShares } from '../dubbo/traffic-share.ts';
import { evaluateProviders, type EvaluatedProvider } from '../registry/provider-evaluation.ts';
import type { RegistrySnapshot } from '../registry/registry-snapshot.ts';
import { serviceIndex } from '../registry/service-index.ts';
import { SnapshotDraft } from '../registry/snapshot-draft.ts';
import type { RuleNode } from './rule-node.ts';

export interface LegacyFolderChange {
  readonly folderName: string;
  readonly create: readonly string[];
  readonly remove: readonly string[];
}

const EPOCH = (): Date => new Date(0);

/** The snapshot with the rule node holding `text` (null = deleted) and the legacy folders changed. */
export function withRuleChange(
  snapshot: RegistrySnapshot,
  node: RuleNode,
  text: string | null,
  version: number,
  legacy: readonly LegacyFolderChange[] = [],
): RegistrySnapshot {
  const draft = new SnapshotDraft(snapshot, EPOCH);
  const old = snapshot.rules.get(node.node);
  draft.setRule(node.node, text === null ? undefined : { node: node.node, path: node.path, text, version, mtime: old?.mtime ?? 0 });
  for (const change of legacy) {
    const folder = draft.current.interfaces.get(change.folderName);
    const children = new Set(folder?.configurators.keys() ?? []);
    change.remove.forEach((n) => children.delete(n));
    change.create.forEach((n) => children.add(n));
    draft.setCategory(change.folderName, 'configurators', [...children]);
  }
  return draft.commit()?.snapshot ?? snapshot;
}

function shares(evaluated: readonly EvaluatedProvider[]): { shares: number[]; predictable: boolean; note?: string } {
  const first = evaluated[0];
  const loadbalance = first?.state.params['loadbalance'] ?? first?.url.params['loadbalance'] ?? 'random';
  return predictShares(
    evaluated.map(({ state }) => ({
      weight: state.weight,
      enabled: state.enabled,
      hasExplicitWeight: state.params['weight'] !== undefined,
      hasTimestamp: state.params['timestamp'] !== undefined,
    })),
    { release: first?.release ?? '', loadbalance },
  );
}

export function evaluateService(snapshot: RegistrySnapshot, serviceKey: string): readonly EvaluatedProvider[] {
  const entry = serviceIndex(snapshot).get(serviceKey);
  return entry ? evaluateProviders(snapshot, entry) : [];
}

export function previewService(
  before: RegistrySnapshot,
  after: RegistrySnapshot,
  serviceKey: string,
  isTarget: (p: EvaluatedProvider) => boolean,
  madeExplicit: ReadonlySet<string> = new Set(),
): ServicePreview {
  const b = evaluateService(before, serviceKey);
  const a = evaluateService(after, serviceKey);
  const sb = shares(b);
  const sa = shares(a);
  const side = (list: readonly EvaluatedProvider[], s: number[], address: string): ProviderSide => {
    const i = list.findIndex((p) => p.group.address === address);
    const p = list[i];
    return { weight: p?.state.weight ?? 0, enabled: p?.state.enabled ?? false, share: s[i] ?? 0 };
  };
  return {
    serviceKey,
    release: b[0]?.release ?? '',
    predictable: { before: sb.predictable, after: sa.predictable },
    notes: [...new Set([sb.note, sa.note].filter((n): n is string => n !== undefined))],
    providers: b.map((p) => ({
      address: p.group.address,
      application: p.url.params['application'] ?? '',
      targeted: isTarget(p),
      weightMadeExplicit: !isTarget(p) && madeExplicit.has(p.group.address),
      before: side(b, sb.shares, p.group.address),
      after: side(a, sa.shares, p.group.address),
    })),
  };
}
