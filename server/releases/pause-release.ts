/**
 * The entry point the leader loop calls when releaseFindings reports a problem (or anyone pauses on a
 * cause): pause the running release with that cause and reason in its timeline. The document is written
 * by compare-and-set on its version, so when two replicas call this at once the release is paused once
 * and the other call answers `changed`. A conflict is confirmed against ZooKeeper first (the mirror may
 * not yet show the release's own last write), a vanished canary against the mirror. Nothing else is written.
 */
import type { Release, TransitionKind } from '../contract/releases.ts';
import { notFoundError } from '../errors/domain-error.ts';
import type { Actor } from '../governance/governance-deps.ts';
import { ruleFolder } from '../governance/rule-node.ts';
import type { ReleaseDeps } from './release-deps.ts';
import type { StoredRelease } from './release-document.ts';
import { transitionAudit } from './release-audit.ts';
import { canaryUp } from './release-findings.ts';
import { transition, withTransition } from './release-state-machine.ts';

export interface PauseRequest {
  readonly cause: Extract<TransitionKind, 'operator' | 'conflict' | 'canary-gone'>;
  readonly reason: string;
  readonly actor: Actor;
}

export type PauseOutcome =
  | { readonly kind: 'paused'; readonly release: Release }
  /** not-running: nothing to pause; changed: the document moved on meanwhile (another replica paused it, an operator acted); not-confirmed: the problem is not there. */
  | { readonly kind: 'skipped'; readonly why: 'not-running' | 'changed' | 'not-confirmed'; readonly release: Release };

async function confirmed(deps: ReleaseDeps, release: Release, cause: PauseRequest['cause']): Promise<boolean> {
  const g = deps.governance;
  if (cause === 'canary-gone') return canaryUp(g.registry.snapshot, release).length === 0;
  if (cause === 'conflict') {
    const folder = ruleFolder(g.registry.snapshot.root);
    const texts = await Promise.all(release.touchedRules.map(async (t) => (await g.rules.readRule(`${folder}/${t.node}`))?.text ?? null));
    return release.touchedRules.some((t, i) => texts[i] !== t.lastWritten);
  }
  return true;
}

async function reread(deps: ReleaseDeps, stored: StoredRelease): Promise<Release> {
  return (await deps.store.read(stored.release.id))?.release ?? stored.release;
}

export async function pauseRelease(deps: ReleaseDeps, id: string, request: PauseRequest): Promise<PauseOutcome> {
  const stored = await deps.store.read(id);
  if (!stored) throw notFoundError('RELEASE_NOT_FOUND', `no release ${id}`, { id });
  const { release } = stored;
  const holds = release.steps.map((s) => s.holdSeconds);
  const outcome = transition(release.state, { kind: 'pause' }, { at: deps.governance.clock(), actor: request.actor.user, cause: request.cause, reason: request.reason, holds });
  if (outcome.kind === 'refused') return { kind: 'skipped', why: 'not-running', release };
  if (!(await confirmed(deps, release, request.cause))) return { kind: 'skipped', why: 'not-confirmed', release };
  const next = withTransition(release, outcome.state, outcome.entry);
  if (!(await deps.store.update(stored, next, transitionAudit(next, deps.governance.registry.snapshot.root, request.actor)))) return { kind: 'skipped', why: 'changed', release: await reread(deps, stored) };
  deps.observe?.transition(outcome.entry);
  deps.governance.log.info({ actor: request.actor.user, release: id, cause: request.cause, reason: request.reason }, 'release paused');
  return { kind: 'paused', release: next };
}
