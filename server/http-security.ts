/**
 * Builds the console's HTTP security (server/http/auth-setup.ts) from its options: local mode when no users
 * file is given, else sign-in with the users file, the shared session secret and API tokens.
 */
import { randomBytes } from 'node:crypto';
import type { HttpSecurity } from './http/auth-setup.ts';
import { LoginThrottle } from './auth/login-throttle.ts';
import { DUMMY_PASSWORD_HASH, verifyPassword } from './auth/password-hash.ts';
import { SessionCodec } from './auth/session-codec.ts';
import type { UserDirectory } from './auth/user-directory.ts';

export const DEFAULT_SESSION_TTL_MS = 8 * 3600_000;

/** Local mode: no users; the CSRF key is this process's own random secret unless one is configured. */
export function localSecurity(options: { readonly sessionSecret?: string | undefined; readonly clock?: () => Date } = {}): HttpSecurity {
  return {
    auth: { mode: 'local', sessions: new SessionCodec(options.sessionSecret ?? randomBytes(32).toString('base64url'), DEFAULT_SESSION_TTL_MS) },
    clock: options.clock ?? (() => new Date()),
    secureCookies: false,
  };
}

export interface TeamSecurityOptions {
  readonly users: UserDirectory;
  readonly sessionSecret: string;
  readonly sessionTtlMs: number;
  /** TLS ends at a trusted proxy (or the public URL is https): cookies get `Secure`, answers HSTS. */
  readonly secureCookies: boolean;
  readonly publicOrigin?: string | undefined;
  readonly clock?: () => Date;
}

/** Users mode: sign-in against the users file, signed session cookies, per-user and per-address sign-in limits. */
export function teamSecurity(options: TeamSecurityOptions): HttpSecurity {
  return {
    auth: {
      mode: 'users',
      users: options.users,
      sessions: new SessionCodec(options.sessionSecret, options.sessionTtlMs),
      verifyPassword,
      dummyPasswordHash: DUMMY_PASSWORD_HASH,
      throttle: new LoginThrottle(),
    },
    clock: options.clock ?? (() => new Date()),
    secureCookies: options.secureCookies,
    ...(options.publicOrigin === undefined ? {} : { publicOrigin: options.publicOrigin }),
  };
}
