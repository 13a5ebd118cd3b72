// A seeded console in users mode with one person per role, and what a test needs to act as each of them:
// a signed-in session cookie (POST /api/session, like the login page) and its CSRF token.

import type { Role } from '../../../server/contract/session.ts';
import type { HttpSecurity } from '../../../server/http/auth-setup.ts';
import { startSeededSwitchboard, type SeededSwitchboard } from '../../support/seeded-switchboard.ts';
import { csrfToken } from '../../support/csrf.ts';
import { usersSecurity, type TestUser } from '../../support/users-security.ts';

export const PEOPLE: readonly TestUser[] = [
  { name: 'vic', role: 'viewer', password: 'vic-password-1' },
  { name: 'olga', role: 'operator', password: 'olga-password-1' },
  { name: 'ada', role: 'admin', password: 'ada-password-1' },
];

export const personOf = (role: Role): TestUser => PEOPLE.find((p) => p.role === role) as TestUser;

export interface Caller {
  readonly label: string;
  /** Request headers for a read. */
  readonly read: Record<string, string>;
  /** Request headers for a JSON write (CSRF token included where the caller has one). */
  readonly write: Record<string, string>;
}

/** Signs in through the API and answers the session cookie (`name=value`). */
export async function signIn(base: string, person: { readonly name: string; readonly password: string }): Promise<string> {
  const res = await fetch(new URL('/api/session', base), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: person.name, password: person.password }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${person.name} answered ${res.status}: ${await res.text()}`);
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error('sign-in set no cookie');
  return cookie;
}

export async function sessionCaller(base: string, person: TestUser): Promise<Caller> {
  const cookie = await signIn(base, person);
  return {
    label: `${person.role} session`,
    read: { cookie },
    write: { cookie, 'content-type': 'application/json', 'x-csrf-token': await csrfToken(base, cookie) },
  };
}

export const ANONYMOUS_CALLER: Caller = { label: 'anonymous', read: {}, write: { 'content-type': 'application/json' } };

export async function startTeamConsole(
  connectString: string,
  options: { readonly security?: HttpSecurity } = {},
): Promise<SeededSwitchboard & { stop(): Promise<void> }> {
  const security = options.security ?? (await usersSecurity(PEOPLE));
  return startSeededSwitchboard(connectString, { prefix: 'team', console: { security } });
}
