/**
 * The story of an operator moving a release (start, advance, pause, resume, promote, rollback): read the
 * release, ask the state machine, and — when the move changes traffic — plan the rule change against the rule
 * node as just read and commit it through governance's compare-and-set path, with its rule-history version,
 * an audit entry carrying the release id, and the updated release document all in ONE ZooKeeper multi (the
 * document under its own version). Moves that write no rule update the document alone, also by version.
 * A canary that left the registry fails the release (timeline kind canary-gone) and answers CANARY_GONE.
 */
import type { Release, ReleaseState, ReleaseTransition } from '../contract/releases.ts';
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
import { transition, type ReleaseEvent } from './release-state-machine.ts';

export type OperatorMove = 'start' | 'advance' | 'pause' | 'resume' | 'promote' | 'rollback';

function moved(release: Release, state: ReleaseState, entry: ReleaseTransition): Release {
  const currentStep = state.kind === 'running' || state.kind === 'paused' ? state.step : null;
  return { ...release, state, currentStep, timeline: [...release.timeline, entry] };
}

/** The document after the write: the file's baseline kept on first touch, what we wrote, the split used. */
function recordWrite(release: Release, plan: ReleaseWritePlan, current: StoredRule | undefined): Release {
  const known = release.touchedRules.some((t) => t.node === plan.node.node);
  const touchedRules = known
    ? release.touchedRules.map((t) => (t.node === plan.node.node ? { ...t, lastWritten: plan.nextText } : t))
    : [...release.touchedRules, { node: plan.node.node, text: current?.text ?? null, version: current?.version ?? null, lastWritten: plan.nextText }];
  const step = release.state.kind === 'running' ? release.state.step : undefined;
  const steps = release.steps.map((s, i) => (i === step && plan.split ? { ...s, split: plan.split } : s));
  return { ...release, touchedRules, steps };
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

async function update(deps: ReleaseDeps, stored: StoredRelease, next: Release): Promise<Release> {
  if (await deps.store.update(stored, next)) return next;
  throw conflictError('RELEASE_CHANGED', `release ${stored.release.id} changed while this was decided; reload and try again`, { id: stored.release.id });
}

async function writeMove(deps: ReleaseDeps, stored: StoredRelease, next: Release, move: OperatorMove, reason: string, actor: Actor): Promise<Release> {
  const g = deps.governance;
  const node = releaseRuleNode(g.registry.snapshot.root, stored.release);
  let answer = next;
  const result = await writeRuleWithCas(g, {
    path: node.path,
    expectedVersion: undefined,
    decide: (current) => {
      const plan = planReleaseWrite({ snapshot: g.registry.snapshot, release: stored.release, to: next.state, current });
      answer = recordWrite(next, plan, current);
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
        companions: [{ type: 'setData', path: stored.path, data: releaseData(answer), version: stored.version }],
      });
    },
  });
  return result.status === 'applied' ? answer : update(deps, stored, answer);
}

/** Records the failure a move ran into (best effort: a concurrent change of the release wins). */
async function failOn(deps: ReleaseDeps, stored: StoredRelease, error: DomainError, actor: Actor): Promise<void> {
  const holds = stored.release.steps.map((s) => s.holdSeconds);
  const event: ReleaseEvent = { kind: 'fail', code: error.code };
  const outcome = transition(stored.release.state, event, { at: deps.governance.clock(), actor, cause: 'canary-gone', reason: error.message, holds });
  if (outcome.kind === 'moved') await deps.store.update(stored, moved(stored.release, outcome.state, outcome.entry));
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
  const outcome = transition(stored.release.state, { kind: move }, { at: deps.governance.clock(), actor, cause: options.cause ?? 'operator', reason, holds });
  if (outcome.kind === 'refused') throw conflictError(outcome.code, outcome.message, { id, state: stored.release.state.kind });
  const next = moved(stored.release, outcome.state, outcome.entry);
  if (!writesRule(stored.release, outcome.state)) return update(deps, stored, next);
  try {
    const answer = await writeMove(deps, stored, next, move, reason, actor);
    deps.governance.log.info({ actor, release: id, move, state: answer.state }, 'release moved');
    return answer;
  } catch (error) {
    if (error instanceof DomainError && error.code === 'CANARY_GONE' && move !== 'rollback') await failOn(deps, stored, error, actor);
    throw error;
  }
}
