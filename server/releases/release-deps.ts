/**
 * What the release use cases need, injected by the composition root (server/switchboard.ts): governance's
 * dependencies (the mirror's snapshot, the rule store, the write queue, a clock, a logger) — release writes
 * go through the same compare-and-set path — and the store of release documents.
 */
import type { GovernanceDeps } from '../governance/governance-deps.ts';
import type { ReleaseObserver } from './release-observer.ts';
import type { ReleaseStore } from './release-store.ts';

export interface ReleaseDeps {
  readonly governance: GovernanceDeps;
  readonly store: Pick<ReleaseStore, 'create' | 'read' | 'list' | 'update' | 'startGate'>;
  /** Told of every move this console wrote (the console's metrics); omitted → nobody. */
  readonly observe?: ReleaseObserver;
}
