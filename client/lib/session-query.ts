import { queryOptions, useQuery } from '@tanstack/react-query';
import { sessionSchema } from '@contract/session.ts';
import type { Session } from '@contract/session.ts';
import { apiGet } from './api-client.ts';
import { permissions } from './permissions.ts';
import type { Permissions } from './permissions.ts';
import { sessionKeys } from './query-keys.ts';

/**
 * GET /api/session: who this browser acts as. Public, so it answers even signed out (users mode:
 * `user: null`). Kept for a minute; sign-in and sign-out invalidate it with everything else.
 */
export function getSession(signal?: AbortSignal): Promise<Session> {
  return apiGet('/api/session', sessionSchema, { signal });
}

export function sessionQueryOptions() {
  return queryOptions({ queryKey: sessionKeys.all, queryFn: ({ signal }) => getSession(signal), staleTime: 60_000 });
}

export function useSession() {
  return useQuery(sessionQueryOptions());
}

/** What the UI offers this session; nothing while the session is unknown. */
export function usePermissions(): Permissions {
  return permissions(useSession().data);
}
