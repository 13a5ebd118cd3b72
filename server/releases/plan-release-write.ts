/**
 * The rule change a release's move needs, as a pure function of the snapshot, the release, the state it
 * moves to and the rule node as just read: weighted mode writes every instance's weight for the step
 * (recomputed for the instances registered now) through governance's configurator edit, and on promotion
 * canary 100 / stable 0; tag mode adds its tag on start and removes it on promotion or rollback; a weighted
 * rollback undoes exactly the release's changes and keeps foreign edits elsewhere in the file
 * (rollback-text.ts; overlapping edits refuse with RULE_CHANGED_SINCE). Pausing and resuming write nothing.
 * No canary registered any more refuses the write (CANARY_GONE), no instance of the target TARGET_GONE.
 */
import type { ServicePreview } from '../contract/governance.ts';
import type { Release, ReleaseState, TouchedRule, WeightSplit } from '../contract/releases.ts';
import { conflictError } from '../errors/domain-error.ts';
import { checkGuardrails, type PlanWarning } from '../governance/guardrails.ts';
import { applyConfiguratorEdit } from '../governance/plan-configurator-edit.ts';
import { previewService, withRuleChange } from '../governance/plan-preview.ts';
import { rebaseText } from '../governance/rebase-text.ts';
import { loadRuleDocument, renderRuleDocument } from '../governance/rule-document.ts';
import { configuratorNode, ruleFolder, type RuleNode } from '../governance/rule-node.ts';
import type { StoredRule } from '../governance/rule-write.ts';
import { unifiedDiff } from '../governance/text-diff.ts';
import type { RegistrySnapshot } from '../registry/registry-snapshot.ts';
import { selectCanary, type CanarySelection } from './canary-selection.ts';
import { rollbackText } from './rollback-text.ts';
import { checkTagRelease } from './tag-release-check.ts';
import { addReleaseTag, removeReleaseTag, type TagRuleEdit } from './tag-release-rule.ts';
import { tagMembers, DEFAULT_TAG } from './plan-release.ts';
import { weightSplit, weightsFor } from './weight-split.ts';

export interface ReleaseWriteInput {
  readonly snapshot: RegistrySnapshot;
  readonly release: Release;
  readonly to: ReleaseState;
  readonly current: StoredRule | undefined;
}

export interface ReleaseWritePlan {
  readonly node: RuleNode;
  readonly nextText: string | null;
  readonly ruleChanged: boolean;
  readonly diff: string;
  readonly preview: ServicePreview[];
  readonly warnings: PlanWarning[];
  /** Weighted steps: the split written, for the instances registered now. */
  readonly split?: WeightSplit;
  readonly addresses: readonly string[];
  /** The canary and stable instances the write was planned for (a parameter match may have grown). */
  readonly canary: readonly string[];
  readonly stable: readonly string[];
}

export function releaseRuleNode(root: string, release: Pick<Release, 'mode' | 'application' | 'service'>): RuleNode {
  if (release.mode === 'tag') {
    const node = `${release.application}.tag-router`;
    return { node, path: `${ruleFolder(root)}/${node}`, scope: 'application', key: release.application };
  }
  return configuratorNode(
    root,
    release.service === null ? { scope: 'application', application: release.application } : { scope: 'service', serviceKey: release.service },
  );
}

/** Whether moving to `to` touches the rule file at all. */
export function writesRule(release: Release, to: ReleaseState): boolean {
  if (to.kind === 'running') return release.mode === 'weighted' || release.state.kind === 'draft';
  if (to.kind === 'promoted') return true;
  return to.kind === 'rolled-back' && release.touchedRules.length > 0;
}

/**
 * The target as registered now. Canaries that left are dropped (the step's weights are recomputed for the
 * rest); none left is CANARY_GONE, the whole target gone TARGET_GONE — a rollback cleans up regardless.
 */
function currentSelection(snapshot: RegistrySnapshot, release: Release, to: ReleaseState): CanarySelection {
  // A parameter match is re-evaluated at every step: instances that registered since and match join the canary.
  const byMatch = release.canarySelector.match !== undefined && release.mode === 'weighted' && to.kind !== 'rolled-back';
  const canary = byMatch ? release.canarySelector : { addresses: release.canary };
  const selection = selectCanary(snapshot, { application: release.application, service: release.service ?? undefined, canary, tolerateGone: true });
  if (to.kind === 'rolled-back') return selection;
  if (selection.services.length === 0) {
    throw conflictError('TARGET_GONE', `${release.application} provides no instance of the release's target any more`, { id: release.id, application: release.application });
  }
  if (selection.canary.length === 0) {
    throw conflictError('CANARY_GONE', `no canary of release ${release.id} is registered any more (${release.canary.join(', ')})`, { id: release.id, canary: release.canary });
  }
  if (to.kind === 'running' && selection.stable.length === 0) {
    throw conflictError('NO_STABLE', `no stable instance of ${release.application} is registered; nothing would keep serving the rest`, { canary: selection.canary });
  }
  return selection;
}

function weightedText(input: ReleaseWriteInput, node: RuleNode, percent: number, selection: CanarySelection): { text: string | null; split: WeightSplit } {
  const split = weightSplit({ canaryCount: selection.canary.length, stableCount: selection.stable.length, percent });
  const rule = loadRuleDocument(input.current?.text, node, false);
  const pristine = renderRuleDocument(rule);
  applyConfiguratorEdit(rule, node, { kind: 'set-weights', weights: weightsFor(split, selection.canary, selection.stable) });
  const edited = renderRuleDocument(rule);
  const text = rule.origin === 'existing' && input.current ? rebaseText(input.current.text, pristine, edited) : edited;
  return { text, split };
}

/** Removal compares with what the start wrote, so it names the canaries the release recorded, gone or not. */
function tagEdit(release: Release, selection: CanarySelection, removing: boolean): TagRuleEdit {
  const request = { application: release.application, mode: release.mode, canary: release.canarySelector, steps: [] };
  const members = tagMembers(request, removing ? { ...selection, canary: release.canary } : selection);
  return { application: release.application, tag: release.tag ?? DEFAULT_TAG, members };
}

function baselineOf(release: Release, node: string): TouchedRule | undefined {
  return release.touchedRules.find((t) => t.node === node);
}

function restoredText(input: ReleaseWriteInput, node: RuleNode): string | null {
  const touched = baselineOf(input.release, node.node);
  const now = input.current?.text ?? null;
  return touched === undefined ? now : rollbackText(touched, now, node);
}

function nextTextFor(input: ReleaseWriteInput, node: RuleNode, selection: CanarySelection): { text: string | null; split?: WeightSplit; warnings: PlanWarning[] } {
  const { release, to } = input;
  if (release.mode === 'weighted') {
    if (to.kind === 'rolled-back') return { text: restoredText(input, node), warnings: [] };
    const percent = to.kind === 'promoted' ? 100 : (release.steps[to.kind === 'running' ? to.step : 0]?.percent ?? 100);
    return { ...weightedText(input, node, percent, selection), warnings: [] };
  }
  const edit = tagEdit(release, selection, to.kind !== 'running');
  if (to.kind === 'running') {
    const added = addReleaseTag(input.current?.text, edit);
    // The file may have changed since the release was planned: prove the rule again before writing it.
    const check = checkTagRelease({ services: selection.services, canary: selection.canary, tag: edit.tag, ruleText: added.text ?? '', consumerReleases: selection.consumerReleases });
    if (check.refusal) throw check.refusal;
    return { text: added.text, warnings: [...added.notes, ...check.warnings] };
  }
  const baseline = baselineOf(release, node.node)?.text ?? null;
  const removed = removeReleaseTag(input.current?.text, baseline, edit);
  return { text: removed.text, warnings: [...removed.notes] };
}

export function planReleaseWrite(input: ReleaseWriteInput): ReleaseWritePlan {
  const { snapshot, current } = input;
  const node = releaseRuleNode(snapshot.root, input.release);
  const selection = currentSelection(snapshot, input.release, input.to);
  const next = nextTextFor(input, node, selection);
  const before = withRuleChange(snapshot, node, current?.text ?? null, current?.version ?? 0);
  const after = withRuleChange(before, node, next.text, (current?.version ?? -1) + 1);
  const canary = new Set(selection.canary);
  const preview = selection.services.map((s) => previewService(before, after, s.entry.key, (p) => canary.has(p.group.address)));
  const guard = checkGuardrails(preview, { kind: 'restore' }, false);
  if (guard.refusal) throw guard.refusal;
  const ruleChanged = next.text !== (current?.text ?? null);
  return {
    node,
    nextText: next.text,
    ruleChanged,
    diff: ruleChanged ? unifiedDiff(current?.text, next.text ?? undefined, node.node) : '',
    preview,
    warnings: [...next.warnings, ...guard.warnings],
    ...(next.split === undefined ? {} : { split: next.split }),
    addresses: [...selection.canary, ...selection.stable],
    canary: selection.canary,
    stable: selection.stable,
  };
}
