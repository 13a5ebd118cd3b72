/**
 * The story of creating a gray release: plan it against the mirror's snapshot (plan-release.ts); a dry run
 * answers the plan (id `dry-run`, nothing stored or written); otherwise the draft is stored under
 * `<stateRoot>/releases/` and, when asked, started at once — which writes its first step, and is refused
 * (RELEASE_ACTIVE, nothing stored) while another release is active on an overlapping target.
 */
import type { Release, ReleaseRequest } from '../contract/releases.ts';
import type { Actor } from '../governance/governance-deps.ts';
import { actOnRelease } from './act-on-release.ts';
import { planRelease } from './plan-release.ts';
import type { ReleaseDeps } from './release-deps.ts';
import { checkNoActiveOverlap, servicesOfIn } from './release-overlap.ts';

export async function createRelease(deps: ReleaseDeps, request: ReleaseRequest, actor: Actor): Promise<Release> {
  const at = deps.governance.clock();
  const plan = planRelease({ snapshot: deps.governance.registry.snapshot, request, id: 'dry-run', at, actor: actor.user });
  if (request.dryRun === true) {
    const rule = plan.tagRule;
    return rule ? { ...plan.release, plannedRule: { node: rule.node, before: rule.before, after: rule.after } } : plan.release;
  }
  // Refused before anything is stored; actOnRelease's start checks again (another replica may have started one).
  if (request.start === true) checkNoActiveOverlap(plan.release, await deps.store.list(), servicesOfIn(deps.governance.registry.snapshot));
  const stored = await deps.store.create(plan.release);
  deps.governance.log.info({ actor: actor.user, release: stored.release.id, application: request.application, mode: request.mode }, 'release created');
  if (request.start !== true) return stored.release;
  return actOnRelease(deps, stored.release.id, 'start', { reason: request.reason ?? '' }, actor);
}
