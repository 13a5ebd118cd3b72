/**
 * The read-modify-write loop every governance write goes through (DESIGN.md §2): read the rule node from
 * ZooKeeper, decide, commit with its version; when someone else wrote in between, either tell the operator
 * (they sent the version they saw: 409 CONFLICT) or read again and re-decide, up to MAX_ATTEMPTS, after a
 * short jittered pause that grows with each lost attempt (replicas retrying in lockstep keep colliding).
 * Writes to one node are queued inside this console, so only other replicas cause retries.
 */
import type { GovernanceResult } from '../contract/governance.ts';
import { conflictError } from '../errors/domain-error.ts';
import type { GovernanceDeps } from './governance-deps.ts';
import { failedWriteOutcome } from './governance-observer.ts';
import type { CommitOutcome, RuleWrite, StoredRule } from './rule-write.ts';

/**
 * Each lost attempt means another replica committed to the same node, so the budget bounds how many
 * writes of others one write may wait behind (a replica draining a backlog of edits on one file), not
 * a livelock: 16 lets two replicas each push ten edits at one file at once without a spurious CONFLICT.
 */
export const MAX_ATTEMPTS = 16;

export type AttemptDecision =
  /** Nothing to write (already in effect, or a dry run): answer this. */
  | { readonly kind: 'answer'; readonly result: GovernanceResult }
  | {
      readonly kind: 'write';
      readonly write: RuleWrite;
      readonly answer: (committed: Extract<CommitOutcome, { kind: 'committed' }>) => GovernanceResult;
    };

export interface CasWrite {
  readonly path: string;
  /** The version the operator saw (-1: absent); a mismatch is never retried. */
  readonly expectedVersion: number | undefined;
  /** May read more (e.g. the legacy nodes a rollback touches) — once per attempt, after the rule node. */
  readonly decide: (current: StoredRule | undefined) => AttemptDecision | Promise<AttemptDecision>;
}

function staleVersion(path: string, expected: number, current: StoredRule | undefined): Error {
  const currentVersion = current?.version ?? -1;
  return conflictError(
    'CONFLICT',
    `${path} changed since you read it (you saw version ${expected}, it is now ${currentVersion}); reload and try again`,
    { currentVersion, expectedVersion: expected },
  );
}

/** Every governance write: the loop below, its end reported to the observer (previews are not writes). */
export async function writeRuleWithCas(deps: GovernanceDeps, cas: CasWrite): Promise<GovernanceResult> {
  try {
    const result = await casLoop(deps, cas);
    if (result.status !== 'preview') deps.observe?.ruleWrite(result.status === 'applied' ? 'ok' : 'noop');
    return result;
  } catch (error) {
    deps.observe?.ruleWrite(failedWriteOutcome(error));
    throw error;
  }
}

function casLoop(deps: GovernanceDeps, cas: CasWrite): Promise<GovernanceResult> {
  return deps.queue.run(cas.path, async (backlog) => {
    // A console draining a backlog on one node yields a moment first: a replica that just lost a
    // compare-and-set against us retries at once and so gets its turn, instead of losing again.
    if (backlog) await deps.pause(1);
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const current = await deps.rules.readRule(cas.path);
      if (cas.expectedVersion !== undefined && (current?.version ?? -1) !== cas.expectedVersion) {
        throw staleVersion(cas.path, cas.expectedVersion, current);
      }
      const decision = await cas.decide(current);
      if (decision.kind === 'answer') return { ...decision.result, attempts: attempt };
      const outcome = await deps.rules.commit(decision.write);
      if (outcome.kind === 'committed') return { ...decision.answer(outcome), attempts: attempt };
      deps.observe?.casConflict(outcome.code);
      if (cas.expectedVersion !== undefined && outcome.onRuleNode) {
        throw staleVersion(cas.path, cas.expectedVersion, await deps.rules.readRule(cas.path));
      }
      deps.log.warn({ path: cas.path, attempt, code: outcome.code }, 'rule changed during the write; reading it again');
      if (attempt < MAX_ATTEMPTS) await deps.pause(attempt);
    }
    const current = await deps.rules.readRule(cas.path);
    throw conflictError('CONFLICT', `${cas.path} kept changing during ${MAX_ATTEMPTS} attempts; try again`, {
      currentVersion: current?.version ?? -1,
      attempts: MAX_ATTEMPTS,
    });
  });
}
