// A users-mode HttpSecurity for tests: the given people (plain passwords hashed with the console's own
// server/auth/password-hash.ts, argon2id), a known session secret (so a test can mint or check cookies),
// and no lockout unless a throttle is passed.

import type { Role } from '../../server/contract/session.ts';
import { DUMMY_PASSWORD_HASH, hashPassword, verifyPassword } from '../../server/auth/password-hash.ts';
import { SessionCodec } from '../../server/auth/session-codec.ts';
import type { TokenDirectory } from '../../server/auth/token-directory.ts';
import type { UserRecord } from '../../server/auth/user-directory.ts';
import type { HttpSecurity, LoginThrottleLike } from '../../server/http/auth-setup.ts';

export const TEST_SESSION_SECRET = 'test-session-secret-0123456789abcdef-0123456789';

export interface TestUser {
  readonly name: string;
  readonly role: Role;
  readonly password: string;
}

export const NO_THROTTLE: LoginThrottleLike = { retryAfter: () => undefined, failed: () => undefined, succeeded: () => undefined };

export async function usersSecurity(
  people: readonly TestUser[],
  options: { readonly throttle?: LoginThrottleLike; readonly tokens?: TokenDirectory; readonly clock?: () => Date; readonly ttlMs?: number } = {},
): Promise<HttpSecurity & { readonly users: Map<string, UserRecord> }> {
  const users = new Map<string, UserRecord>();
  for (const person of people) users.set(person.name, { name: person.name, role: person.role, passwordHash: await hashPassword(person.password) });
  return {
    users,
    auth: {
      mode: 'users',
      users: { find: (name) => users.get(name) },
      sessions: new SessionCodec(TEST_SESSION_SECRET, options.ttlMs ?? 3600_000),
      verifyPassword,
      dummyPasswordHash: DUMMY_PASSWORD_HASH,
      throttle: options.throttle ?? NO_THROTTLE,
      ...(options.tokens === undefined ? {} : { tokens: options.tokens }),
    },
    clock: options.clock ?? (() => new Date()),
    secureCookies: false,
  };
}
