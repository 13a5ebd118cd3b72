/**
 * Builds the console's HTTP security (server/http/auth-setup.ts) from its options: local mode when no users
 * file is given, else sign-in with the users file, the shared session secret and API tokens.
 */
import { randomBytes } from 'node:crypto';
import type { HttpSecurity } from './http/auth-setup.ts';
import { SessionCodec } from './auth/session-codec.ts';

export const DEFAULT_SESSION_TTL_MS = 8 * 3600_000;

/** Local mode: no users; the CSRF key is this process's own random secret unless one is configured. */
export function localSecurity(options: { readonly sessionSecret?: string | undefined; readonly clock?: () => Date } = {}): HttpSecurity {
  return {
    auth: { mode: 'local', sessions: new SessionCodec(options.sessionSecret ?? randomBytes(32).toString('base64url'), DEFAULT_SESSION_TTL_MS) },
    clock: options.clock ?? (() => new Date()),
    secureCookies: false,
  };
}
