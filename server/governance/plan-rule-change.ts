/**
 * The story of one governance operation, as a pure function: read the current rule file, decide which
 * targets still need the change, edit the YAML (plan-configurator-edit) and the 2.6 copies
 * (plan-legacy-override), preview the result with the read side's code, check guardrails and prove the
 * effect per Dubbo release. Refusals are thrown as DomainErrors with stable codes; nothing here does I/O.
 */
import type { ServicePreview } from '../contract/governance.ts';
import type { RegistrySnapshot } from '../registry/registry-snapshot.ts';
import { checkEffect, holds } from './effect-check.ts';
import { affectedServices, checkReleases, stateAt, type AffectedService } from './governance-context.ts';
import type { RuleOperation } from './governance-operation.ts';
import { checkGuardrails, type PlanWarning } from './guardrails.ts';
import type { ManagedKind } from './managed-items.ts';
import { applyConfiguratorEdit, type ConfiguratorEdit } from './plan-configurator-edit.ts';
import { planLegacyChanges, type LegacyChanges } from './plan-legacy-changes.ts';
import { previewService, withRuleChange } from './plan-preview.ts';
import { rebaseText } from './rebase-text.ts';
import { loadRuleDocument, newRuleDocument, renderRuleDocument } from './rule-document.ts';
import { configuratorNode, type RuleNode } from './rule-node.ts';
import { unifiedDiff } from './text-diff.ts';

export interface CurrentRuleFile {
  readonly text: string;
  /** ZooKeeper version of the node, for the compare-and-set write. */
  readonly version: number;
}

export interface PlanRuleChangeInput {
  readonly snapshot: RegistrySnapshot;
  /** The rule node as just read; undefined when it does not exist. */
  readonly current: CurrentRuleFile | undefined;
  readonly operation: RuleOperation;
}

interface PlanCommon {
  readonly node: RuleNode;
  readonly preview: readonly ServicePreview[];
  readonly warnings: readonly PlanWarning[];
}

export type RulePlan =
  | (PlanCommon & {
      readonly kind: 'write';
      /** undefined = create the node; else write only if the node still has this version. */
      readonly expectedVersion: number | undefined;
      /** null = delete the node (nothing but our own emptied header was left). */
      readonly nextText: string | null;
      /** unchanged = the rule node itself needs no write (only legacy nodes change). */
      readonly ruleChanged: boolean;
      readonly legacy: LegacyChanges;
      readonly diff: string;
    })
  | (PlanCommon & { readonly kind: 'noop' });

function needsChange(op: RuleOperation, snapshot: RegistrySnapshot, services: readonly AffectedService[]): string[] {
  if (op.action.kind === 'enable') return [...op.addresses];
  return op.addresses.filter((address) =>
    services.some((s) =>
      s.providers
        .filter((p) => p.group.address === address)
        .some((p) => checkReleases(s, p, op.legacy).some((r) => !holds(op.action, stateAt(snapshot, s.entry, p, r)))),
    ),
  );
}

/**
 * 3.x random load balancing ignores weights unless the first invoker has one (§6): give everyone one.
 * Read under `before` (the rule file as just read), not the mirror's snapshot: a weight another console
 * wrote a moment ago must count as explicit, or the fill would overwrite it with the stale value.
 */
function fillWeights(op: RuleOperation, services: readonly AffectedService[], before: RegistrySnapshot): Array<{ address: string; weight: number }> {
  const fill = new Map<string, number>();
  for (const s of services) {
    for (const p of s.providers) {
      const address = p.group.address;
      const ours = op.target.scope === 'service' || p.url.params['application'] === op.target.application;
      if (!ours || op.addresses.includes(address)) continue;
      const state = stateAt(before, s.entry, p, p.release);
      if (state.params['weight'] !== undefined) continue;
      if (!fill.has(address)) fill.set(address, state.weight);
    }
  }
  return [...fill].map(([address, weight]) => ({ address, weight }));
}

type FilledWeights = ReadonlyArray<{ address: string; weight: number }>;

function editFor(op: RuleOperation, targets: readonly string[], services: readonly AffectedService[], filled: FilledWeights): ConfiguratorEdit {
  if (op.action.kind === 'enable') return { kind: 'enable', addresses: targets };
  if (op.action.kind === 'set-weight') {
    const weight = op.action.weight;
    return { kind: 'set-weights', weights: [...targets.map((address) => ({ address, weight })), ...filled] };
  }
  // 3.2.x consumers miss service rules of grouped/versioned services (apache/dubbo #14185): the provider-side
  // item makes the provider re-register as disabled. At application scope only the provider reads the file.
  const grouped = services.some((s) => s.entry.id.group !== '' || s.entry.id.version !== '');
  const sides: ManagedKind[] =
    op.target.scope === 'application' ? ['provider-disable'] : grouped ? ['consumer-disable', 'provider-disable'] : ['consumer-disable'];
  return { kind: 'disable', addresses: targets, sides };
}

function planText(
  input: PlanRuleChangeInput,
  node: RuleNode,
  targets: readonly string[],
  services: readonly AffectedService[],
  filled: FilledWeights,
) {
  const { current, operation: op } = input;
  const rule = loadRuleDocument(current?.text, node, op.replaceInvalid);
  const pristine = renderRuleDocument(rule);
  if (targets.length === 0) return { nextText: current?.text ?? null, changed: false, notes: [] };
  const result = applyConfiguratorEdit(rule, node, editFor(op, targets, services, filled));
  if (!result.changed && rule.origin !== 'replaced') return { nextText: current?.text ?? null, changed: false, notes: result.notes };
  const edited = renderRuleDocument(rule);
  let nextText: string | null = rule.origin === 'existing' && current ? rebaseText(current.text, pristine, edited) : edited;
  if (rule.configs.items.length === 0 && nextText === renderRuleDocument(newRuleDocument(node))) nextText = null;
  const notes = [...result.notes];
  if (rule.origin === 'replaced') notes.push({ code: 'RULE_FILE_REPLACED', message: `${node.node} could not be read by Dubbo and is replaced` });
  return { nextText, changed: nextText !== (current?.text ?? null), notes };
}

/** Says why instances nobody selected appear in the diff with their unchanged weight. */
function explicitWeightWarnings(addresses: ReadonlySet<string>): PlanWarning[] {
  if (addresses.size === 0) return [];
  const list = [...addresses];
  return [
    {
      code: 'WEIGHTS_MADE_EXPLICIT',
      message:
        `Dubbo 3.x random load balancing ignores all weights unless every provider has an explicit weight, so the current ` +
        `weight of ${list.length === 1 ? list[0] : `${list.length} other providers`} is written too, unchanged`,
      details: { addresses: list },
    },
  ];
}

export function planRuleChange(input: PlanRuleChangeInput): RulePlan {
  const { snapshot, current, operation: op } = input;
  const node = configuratorNode(snapshot.root, op.target);
  const services = affectedServices(snapshot, op);
  const before = current ? withRuleChange(snapshot, node, current.text, current.version) : withRuleChange(snapshot, node, null, 0);
  const targets = needsChange(op, before, services);
  const filled = op.action.kind === 'set-weight' && targets.length > 0 ? fillWeights(op, services, before) : [];
  const text = planText(input, node, targets, services, filled);
  // Legacy mode keeps the 2.6 copy in place even when YAML already has the effect; otherwise only conflicts go.
  const legacy = planLegacyChanges(snapshot.root, op, op.legacy || op.action.kind === 'enable' ? op.addresses : targets, services);
  const nextText = text.changed ? text.nextText : (current?.text ?? null);
  const after = withRuleChange(before, node, nextText, (current?.version ?? -1) + 1, legacy.folders);
  const targetSet = new Set(op.addresses);
  const madeExplicit = new Set(text.changed ? filled.map((f) => f.address) : []);
  const preview = services.map((s) => previewService(before, after, s.entry.key, (p) => targetSet.has(p.group.address), madeExplicit));
  const guard = checkGuardrails(preview, op.action, op.force);
  if (guard.refusal) throw guard.refusal;
  const warnings: PlanWarning[] = [
    ...text.notes,
    ...explicitWeightWarnings(madeExplicit),
    ...guard.warnings,
    ...checkEffect(before, after, services, op.action, targetSet, op.legacy),
  ];
  if (!text.changed && legacy.create.length === 0 && legacy.remove.length === 0) return { kind: 'noop', node, preview, warnings };
  return {
    kind: 'write',
    node,
    expectedVersion: current?.version,
    nextText,
    ruleChanged: text.changed,
    legacy: { create: legacy.create, remove: legacy.remove, folders: legacy.folders },
    diff: [text.changed ? unifiedDiff(current?.text, nextText ?? undefined, node.node) : '', legacy.diff].join(''),
    preview,
    warnings,
  };
}
