/**
 * The story of an operator moving a release (start, advance, pause, resume, promote, rollback): read the
 * release, ask the state machine, and — when the move changes traffic — plan the rule change against the rule
 * node as just read and commit it through governance's compare-and-set path, with its rule-history version,
 * an audit entry carrying the release id, and the updated release document all in ONE ZooKeeper multi (the
 * document under its own version). Moves that write no rule update the document alone, also by version.
 * Start refuses while another release is active on an overlapping target (RELEASE_ACTIVE); promote and
 * resume refuse while no canary instance is up (NO_CANARY_UP); resume takes in manual edits of the touched
 * files (the operator has seen them). A move that finds every canary gone (CANARY_GONE) or a manual edit
 * overlapping the release's lines (RULE_CHANGED_SINCE) pauses the release with that cause; one that finds
 * the whole target gone (TARGET_GONE) fails it. The error is answered either way.
 */
import type { Release, ReleaseState } from '../contract/releases.ts';
import { conflictError, DomainError, notFoundError } from '../errors/domain-error.ts';
import { auditTarget, buildRuleWrite } from '../governance/build-rule-write.ts';
import type { Actor } from '../governance/governance-deps.ts';
import { unwrittenResult, type ResultParts } from '../governance/governance-result.ts';
import { targetOfRuleNode } from '../governance/rule-node.ts';
import type { StoredRule } from '../governance/rule-write.ts';
import { writeRuleWithCas } from '../governance/write-rule-with-cas.ts';
import { planReleaseWrite, releaseRuleNode, writesRule, type ReleaseWritePlan } from './plan-release-write.ts';
import type { ReleaseDeps } from './release-deps.ts';
import { releaseData, type StoredRelease } from './release-document.ts';
import { canaryUp } from './release-findings.ts';
import { checkNoActiveOverlap, servicesOfIn } from './release-overlap.ts';
import { transitionAudit } from './release-audit.ts';
import { transition, withTransition, type ReleaseEvent } from './release-state-machine.ts';
import { absorbForeignEdits } from './rollback-text.ts';

export type OperatorMove = 'start' | 'advance' | 'pause' | 'resume' | 'promote' | 'rollback';

/**
 * The document after the write: the file's baseline kept on first touch; foreign edits the write goes over
 * taken in (so rollback keeps them), what we wrote, the split used.
 */
function recordWrite(release: Release, plan: ReleaseWritePlan, current: StoredRule | undefined, to: ReleaseState): Release {
  const now = current?.text ?? null;
  const known = release.touchedRules.find((t) => t.node === plan.node.node);
  const absorbed = known && to.kind !== 'rolled-back' ? absorbForeignEdits(known, now, plan.node, release.mode === 'weighted') : known;
  const touchedRules = absorbed
    ? release.touchedRules.map((t) => (t.node === plan.node.node ? { ...absorbed, lastWritten: plan.nextText } : t))
    : [...release.touchedRules, { node: plan.node.node, text: now, version: current?.version ?? null, lastWritten: plan.nextText }];
  const step = release.state.kind === 'running' ? release.state.step : undefined;
  const steps = release.steps.map((s, i) => (i === step && plan.split ? { ...s, split: plan.split } : s));
  // A step's write is planned for the instances registered now: record them (a parameter match may have grown).
  const members = release.state.kind === 'running' ? { canary: [...plan.canary], stable: [...plan.stable] } : {};
  return { ...release, touchedRules, steps, ...members };
}

function parts(plan: ReleaseWritePlan, current: StoredRule | undefined): ResultParts {
  return {
    node: plan.node.node,
    path: plan.node.path,
    before: current?.text ?? null,
    after: plan.nextText,
    currentVersion: current?.version,
    diff: plan.diff,
    legacy: { create: [], remove: [] },
    preview: plan.preview,
    warnings: plan.warnings,
  };
}

async function update(deps: ReleaseDeps, stored: StoredRelease, next: Release, actor: Actor): Promise<Release> {
  if (await deps.store.update(stored, next, transitionAudit(next, deps.governance.registry.snapshot.root, actor))) return moved(deps, next);
  throw conflictError('RELEASE_CHANGED', `release ${stored.release.id} changed while this was decided; reload and try again`, { id: stored.release.id });
}

async function writeMove(deps: ReleaseDeps, stored: StoredRelease, next: Release, move: OperatorMove, reason: string, actor: Actor): Promise<Release> {
  const g = deps.governance;
  const node = releaseRuleNode(g.registry.snapshot.root, stored.release);
  let answer = next;
  const result = await writeRuleWithCas(g, {
    path: node.path,
    expectedVersion: undefined,
    decide: async (current) => {
      // A start proves, in its own multi, that no overlapping release started since it looked (the gate).
      const gate = move === 'start' ? await deps.store.startGate() : undefined;
      if (gate) checkNoActiveOverlap(stored.release, await deps.store.list(), servicesOfIn(g.registry.snapshot));
      const plan = planReleaseWrite({ snapshot: g.registry.snapshot, release: stored.release, to: next.state, current });
      answer = recordWrite(next, plan, current, next.state);
      if (!plan.ruleChanged) return { kind: 'answer', result: unwrittenResult('noop', parts(plan, current)) };
      return buildRuleWrite(g, parts(plan, current), {
        current,
        nextText: plan.nextText,
        ruleChanged: true,
        action: `release-${move}`,
        target: auditTarget(plan.node.node, targetOfRuleNode(plan.node), plan.addresses),
        actor,
        reason,
        releaseId: stored.release.id,
        companions: [
          { type: 'setData', path: stored.path, data: releaseData(answer), version: stored.version },
          ...(gate ? [{ type: 'setData' as const, path: gate.path, data: Buffer.from(stored.release.id, 'utf8'), version: gate.version }] : []),
        ],
      });
    },
  });
  return result.status === 'applied' ? moved(deps, answer) : update(deps, stored, answer, actor);
}

/** Reports the move just written (the last timeline entry) and answers the release. */
function moved(deps: ReleaseDeps, release: Release): Release {
  const entry = release.timeline.at(-1);
  if (entry) deps.observe?.transition(entry);
  return release;
}

/**
 * Promoting a tag release gives the canary all traffic, as a weighted promotion does: before its tag is
 * removed (which lets untagged calls reach the canary), the application's (or service's) weights file gets
 * canary 100 / stable 0, so the stable instances drain. Its own compare-and-set write with history and an
 * audit entry; the file joins the release's touched rules, recorded with the promotion itself.
 */
async function writeTagPromotionWeights(deps: ReleaseDeps, stored: StoredRelease, next: Release, reason: string, actor: Actor): Promise<Release> {
  const g = deps.governance;
  const asWeighted: Release = { ...stored.release, mode: 'weighted' };
  const node = releaseRuleNode(g.registry.snapshot.root, asWeighted);
  let answer = next;
  await writeRuleWithCas(g, {
    path: node.path,
    expectedVersion: undefined,
    decide: (current) => {
      const plan = planReleaseWrite({ snapshot: g.registry.snapshot, release: asWeighted, to: next.state, current });
      // Recorded as the weights file it is (how foreign edits are taken in), then back to the tag release.
      answer = { ...recordWrite({ ...next, mode: 'weighted' }, plan, current, next.state), mode: next.mode };
      if (!plan.ruleChanged) return { kind: 'answer', result: unwrittenResult('noop', parts(plan, current)) };
      return buildRuleWrite(g, parts(plan, current), {
        current,
        nextText: plan.nextText,
        ruleChanged: true,
        action: 'release-promote',
        target: auditTarget(plan.node.node, targetOfRuleNode(plan.node), plan.addresses),
        actor,
        reason,
        releaseId: stored.release.id,
      });
    },
  });
  return answer;
}

const PAUSING: Readonly<Record<string, 'canary-gone' | 'conflict'>> = { CANARY_GONE: 'canary-gone', RULE_CHANGED_SINCE: 'conflict' };

/** Records what a move ran into — a pause, or a failure for TARGET_GONE (best effort: a concurrent change wins). */
async function stopOn(deps: ReleaseDeps, stored: StoredRelease, error: DomainError, actor: Actor): Promise<void> {
  const holds = stored.release.steps.map((s) => s.holdSeconds);
  const cause = PAUSING[error.code];
  const event: ReleaseEvent = cause === undefined ? { kind: 'fail', code: error.code } : { kind: 'pause' };
  const ctx = { at: deps.governance.clock(), actor: actor.user, cause: cause ?? 'canary-gone', reason: error.message, holds };
  const outcome = transition(stored.release.state, event, ctx);
  if (outcome.kind === 'moved') {
    const failed = withTransition(stored.release, outcome.state, outcome.entry);
    if (await deps.store.update(stored, failed, transitionAudit(failed, deps.governance.registry.snapshot.root, actor))) moved(deps, failed);
  }
}

/** Every start writes its first step, and proves no overlapping release is active inside that write (writeMove). */
function checkMove(deps: ReleaseDeps, release: Release, move: OperatorMove): void {
  const snapshot = deps.governance.registry.snapshot;
  if ((move === 'promote' || move === 'resume') && canaryUp(snapshot, release).length === 0) {
    throw conflictError('NO_CANARY_UP', `no canary instance of release ${release.id} is registered (${release.canary.join(', ')}); wait for one or roll back`, {
      id: release.id,
      canary: release.canary,
    });
  }
}

/** Resume after a manual edit: the operator has seen it, so the release takes the files as they are now. */
async function acceptCurrentFiles(deps: ReleaseDeps, release: Release): Promise<Release> {
  const g = deps.governance;
  const node = releaseRuleNode(g.registry.snapshot.root, release);
  const touchedRules = await Promise.all(
    release.touchedRules.map(async (t) => {
      const current = t.node === node.node ? await g.rules.readRule(node.path) : undefined;
      return t.node === node.node ? absorbForeignEdits(t, current?.text ?? null, node, release.mode === 'weighted') : t;
    }),
  );
  return { ...release, touchedRules };
}

export interface MoveOptions {
  readonly reason?: string | undefined;
  /** Who asks: an operator (default), or the leader after a step's hold ended (advance and promote only). */
  readonly cause?: 'operator' | 'hold-elapsed';
}

export async function actOnRelease(deps: ReleaseDeps, id: string, move: OperatorMove, options: MoveOptions, actor: Actor): Promise<Release> {
  const stored = await deps.store.read(id);
  if (!stored) throw notFoundError('RELEASE_NOT_FOUND', `no release ${id}`, { id });
  const reason = options.reason ?? '';
  const holds = stored.release.steps.map((s) => s.holdSeconds);
  const outcome = transition(stored.release.state, { kind: move }, { at: deps.governance.clock(), actor: actor.user, cause: options.cause ?? 'operator', reason, holds });
  if (outcome.kind === 'refused') throw conflictError(outcome.code, outcome.message, { id, state: stored.release.state.kind });
  checkMove(deps, stored.release, move);
  const next = withTransition(stored.release, outcome.state, outcome.entry);
  if (!writesRule(stored.release, outcome.state)) return update(deps, stored, move === 'resume' ? await acceptCurrentFiles(deps, next) : next, actor);
  try {
    const promotedTag = move === 'promote' && stored.release.mode === 'tag' ? await writeTagPromotionWeights(deps, stored, next, reason, actor) : next;
    const answer = await writeMove(deps, stored, promotedTag, move, reason, actor);
    deps.governance.log.info({ actor: actor.user, via: actor.via, release: id, move, state: answer.state }, 'release moved');
    return answer;
  } catch (error) {
    const stops = error instanceof DomainError && (error.code === 'TARGET_GONE' || PAUSING[error.code] !== undefined);
    if (stops && move !== 'rollback') await stopOn(deps, stored, error, actor);
    throw error;
  }
}
