/**
 * What governance tells an observer (the console's metrics, server/telemetry/) about its rule writes, so the
 * core counts nothing itself and imports no metrics library. Outcomes are a closed set (bounded labels):
 * a write that reached ZooKeeper (`ok`), one that needed none (`noop`: already in effect), one refused as a
 * conflict (409), one refused as invalid, unknown or forbidden (`refused`), and one that failed (`error`:
 * registry unavailable, unexpected errors). Previews are not writes and are not reported.
 */
import { DomainError } from '../errors/domain-error.ts';

export type RuleWriteOutcome = 'ok' | 'noop' | 'conflict' | 'refused' | 'error';

export interface GovernanceObserver {
  /** One governance write (weights, enable/disable, rollback, a release's rule change) has ended. */
  ruleWrite(outcome: RuleWriteOutcome): void;
  /** ZooKeeper refused one compare-and-set commit (someone wrote in between); `code` is the zk error code. */
  casConflict(code: string): void;
}

const REFUSED = new Set<DomainError['kind']>(['validation', 'not-found', 'forbidden', 'unauthenticated', 'unsupported-media', 'too-many-requests']);

/** The outcome a write that threw `error` reports. */
export function failedWriteOutcome(error: unknown): RuleWriteOutcome {
  if (!(error instanceof DomainError)) return 'error';
  if (error.kind === 'conflict') return 'conflict';
  return REFUSED.has(error.kind) ? 'refused' : 'error';
}
