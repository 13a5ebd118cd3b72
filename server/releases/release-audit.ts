/**
 * The audit entry of a release transition that writes no rule (pause, resume, a step whose weights were
 * already in place, a failure): every move of a release is in the audit trail with its actor, reason and
 * release id, not only the ones that change a rule file. Written in one multi with the release document.
 * Pure: derived from the release, its newest timeline entry and who made the move (the timeline keeps only
 * the user; the entry also records how they were authenticated, from where, and the request id).
 */
import type { ReleaseTransition, Release } from '../contract/releases.ts';
import { auditActorFields } from '../governance/audit-actor.ts';
import { auditTarget } from '../governance/build-rule-write.ts';
import type { Actor } from '../governance/governance-deps.ts';
import { targetOfRuleNode } from '../governance/rule-node.ts';
import type { AuditRecord } from '../governance/state-layout.ts';
import { releaseRuleNode } from './plan-release-write.ts';

/** `release-<move>` as the rule-writing moves name their entries. */
export function transitionAction(entry: ReleaseTransition): string {
  const { from, to } = entry;
  if (to.state === 'paused') return 'release-pause';
  if (to.state === 'failed') return 'release-fail';
  if (to.state === 'promoted') return 'release-promote';
  if (to.state === 'rolled-back') return 'release-rollback';
  if (from.state === 'draft') return 'release-start';
  if (from.state === 'paused') return 'release-resume';
  return 'release-advance';
}

/** The audit record of `release`'s newest transition; undefined when it has none. */
export function transitionAudit(release: Release, registryRoot: string, actor: Actor): AuditRecord | undefined {
  const entry = release.timeline.at(-1);
  if (!entry) return undefined;
  const node = releaseRuleNode(registryRoot, release);
  return {
    at: entry.at,
    ...auditActorFields({ ...actor, user: entry.actor }),
    action: transitionAction(entry),
    target: auditTarget(node.node, targetOfRuleNode(node), release.canary),
    reason: entry.reason,
    before: null,
    after: null,
    ruleVersion: null,
    releaseId: release.id,
    legacy: { created: [], removed: [] },
  };
}
