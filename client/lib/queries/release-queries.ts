import { useQuery } from '@tanstack/react-query';
import { releaseListSchema, releaseSchema } from '@contract/releases.ts';
import type { Release, ReleaseList } from '@contract/releases.ts';
import { apiPath } from '../api-path.ts';
import { releaseKeys } from '../query-keys.ts';
import type { ReleaseListKeyQuery } from '../query-keys.ts';
import { detailQuery, resourceQuery } from './resource-query.ts';

/**
 * Gray releases as every feature reads them: the release page, the list, and the badges on the topology,
 * service and application pages. Live `releases` events and rule changes invalidate `releaseKeys.all`.
 */
export const releaseDetailQuery = detailQuery({ key: releaseKeys.detail, collection: '/api/releases', schema: releaseSchema });

export function useRelease(id: string) {
  return useQuery(releaseDetailQuery(id));
}

/** `GET /api/releases?state=&application=` (empty filters left out), newest first. */
export function releasesQuery(query: ReleaseListKeyQuery) {
  return resourceQuery({
    queryKey: releaseKeys.list(query),
    path: apiPath('/api/releases', { state: query.state, application: query.application }),
    schema: releaseListSchema,
    keepPrevious: true,
  });
}

export function useReleases(query: ReleaseListKeyQuery) {
  return useQuery(releasesQuery(query));
}

/**
 * The releases still in progress (running or paused), optionally only those `matching` a subject. Two
 * list requests shared by every badge on screen (one cache entry each); `select` keeps a badge from
 * re-rendering when another application's release moves.
 */
export function useActiveReleases(matching: (release: Release) => boolean = () => true): Release[] {
  const select = (list: ReleaseList) => list.items.filter(matching);
  const running = useQuery({ ...releasesQuery({ state: 'running', application: '' }), select });
  const paused = useQuery({ ...releasesQuery({ state: 'paused', application: '' }), select });
  return [...(running.data ?? []), ...(paused.data ?? [])];
}
