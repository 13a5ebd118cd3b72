/** Releases, newest first, filtered by state and application; one by id (RELEASE_NOT_FOUND). */
import type { Release, ReleaseListQuery } from '../contract/releases.ts';
import { notFoundError } from '../errors/domain-error.ts';
import type { ReleaseDeps } from './release-deps.ts';

export async function listReleases(deps: ReleaseDeps, query: ReleaseListQuery): Promise<Release[]> {
  const all = await deps.store.list();
  return all.filter((r) => (query.state === undefined || r.state.kind === query.state) && (query.application === undefined || r.application === query.application));
}

export async function getRelease(deps: ReleaseDeps, id: string): Promise<Release> {
  const stored = await deps.store.read(id);
  if (!stored) throw notFoundError('RELEASE_NOT_FOUND', `no release ${id}`, { id });
  return stored.release;
}
