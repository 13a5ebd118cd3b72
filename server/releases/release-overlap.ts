/**
 * At most one active release per service (issue 8 §5): a release may not start while another one is
 * `running` or `paused` on an overlapping target — the same application with either release application-wide
 * or both on the same service, or the same service key whatever the application (both would write its
 * service-scope weights), or an application-wide release of an application providing the other's service.
 * Drafts write nothing and do not count: a draft can be created next to an active release, only not started.
 */
import type { Release } from '../contract/releases.ts';
import { conflictError } from '../errors/domain-error.ts';
import type { RegistrySnapshot } from '../registry/registry-snapshot.ts';
import { serviceIndex } from '../registry/service-index.ts';

type Target = Pick<Release, 'application' | 'service'>;

/** Service keys an application provides now. */
export type ServicesOf = (application: string) => ReadonlySet<string>;

export function servicesOfIn(snapshot: RegistrySnapshot): ServicesOf {
  const index = [...serviceIndex(snapshot).values()];
  return (application) => new Set(index.filter((e) => e.providers.some((p) => p.url.params['application'] === application)).map((e) => e.key));
}

export function targetsOverlap(a: Target, b: Target, servicesOf: ServicesOf): boolean {
  if (a.application === b.application) return a.service === null || b.service === null || a.service === b.service;
  if (a.service !== null && b.service !== null) return a.service === b.service;
  if (a.service === null && b.service !== null) return servicesOf(a.application).has(b.service);
  if (b.service === null && a.service !== null) return servicesOf(b.application).has(a.service);
  return false;
}

export function isActive(release: Pick<Release, 'state'>): boolean {
  return release.state.kind === 'running' || release.state.kind === 'paused';
}

/** Refuses with 409 RELEASE_ACTIVE (details: the other release's id) when an active release overlaps `target`. */
export function checkNoActiveOverlap(target: Target & { readonly id: string }, others: readonly Release[], servicesOf: ServicesOf): void {
  const other = others.find((r) => r.id !== target.id && isActive(r) && targetsOverlap(target, r, servicesOf));
  if (other === undefined) return;
  const what = other.service === null ? `application ${other.application}` : `${other.service} of ${other.application}`;
  throw conflictError('RELEASE_ACTIVE', `release ${other.id} is ${other.state.kind} on ${what}; finish or roll it back first`, {
    id: other.id,
    state: other.state.kind,
  });
}
