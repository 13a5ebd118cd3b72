/**
 * How the document states authentication: the session cookie (plus the X-CSRF-Token header on writes) for
 * people, a Bearer API token (`sbt_…`) for automation, and each route's access — minimum role and whether
 * tokens are refused — as `x-switchboard-access` and in words in its description.
 */
import { SESSION_COOKIE } from '../cookies.ts';
import type { DocumentedRoute } from './documented-route.ts';

export const SECURITY_SCHEMES = {
  session: {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description: 'The session cookie POST /api/session sets after signing in (users mode).',
  },
  csrf: {
    type: 'apiKey',
    in: 'header',
    name: 'X-CSRF-Token',
    description: 'The csrfToken GET /api/session answers; required with the session cookie (and in local mode) on every write.',
  },
  token: {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'sbt_…',
    description: 'An API token from POST /api/tokens: `Authorization: Bearer sbt_…`. It acts with its owner’s current role; no CSRF token needed.',
  },
} as const;

export type SecurityRequirement = Readonly<Record<string, readonly string[]>>;

const WRITE_METHODS = new Set(['post', 'put', 'delete']);

/** Alternatives (OpenAPI: any one suffices); `{}` = no credentials needed. */
export function routeSecurity(route: DocumentedRoute): SecurityRequirement[] {
  const write = WRITE_METHODS.has(route.method);
  const person: SecurityRequirement = write && route.csrf !== 'login' ? { session: [], csrf: [] } : { session: [] };
  const alternatives: SecurityRequirement[] = [person, ...(route.access.interactive === true ? [] : [{ token: [] }])];
  return route.access.min === 'public' ? [{}, ...alternatives] : alternatives;
}

export interface AccessExtension {
  readonly minRole: 'public' | 'viewer' | 'operator' | 'admin';
  readonly interactiveOnly: boolean;
  readonly csrf: 'token' | 'origin-only' | 'none';
}

export function accessExtension(route: DocumentedRoute): AccessExtension {
  const write = WRITE_METHODS.has(route.method);
  return {
    minRole: route.access.min,
    interactiveOnly: route.access.interactive === true,
    csrf: !write ? 'none' : route.csrf === 'login' ? 'origin-only' : 'token',
  };
}

export function accessText(route: DocumentedRoute): string {
  const access = accessExtension(route);
  const who = access.minRole === 'public' ? 'Public: no sign-in needed.' : `Needs the ${access.minRole} role or above.`;
  const tokens = access.interactiveOnly ? ' API tokens are refused: a signed-in person only.' : '';
  const csrf =
    access.csrf === 'token' ? ' Writes from a browser session send X-CSRF-Token and come from the console’s own origin.' : access.csrf === 'origin-only' ? ' Checked for origin and a JSON body (no CSRF token yet).' : '';
  return `${who}${tokens}${csrf}`;
}
