import { describe, expect, it } from 'vitest';
import type { Session } from '../../../server/contract/session.ts';
import { needsRole, permissions } from '../../../client/lib/permissions.ts';
import type { Permissions } from '../../../client/lib/permissions.ts';

const signedIn = (role: Session['role'], via: Session['via'] = 'session'): Session => ({
  user: role ? `${role}-person` : null,
  role,
  mode: 'users',
  via,
  csrfToken: 'c',
  expiresAt: null,
});
const local: Session = { user: 'local-operator', role: 'admin', mode: 'local', via: 'local', csrfToken: 'c', expiresAt: null };

const none: Permissions = { governance: false, releases: false, ruleRollback: false, othersTokens: false, auditVerify: false, ownTokens: false };

describe('permissions', () => {
  const table: Array<[string, Session | undefined, Permissions]> = [
    ['unknown session', undefined, none],
    ['signed out', signedIn(null, 'anonymous'), none],
    ['viewer', signedIn('viewer'), { ...none, ownTokens: true }],
    ['operator', signedIn('operator'), { ...none, governance: true, releases: true, ownTokens: true }],
    ['admin', signedIn('admin'), { governance: true, releases: true, ruleRollback: true, othersTokens: true, auditVerify: true, ownTokens: true }],
    ['operator by token', signedIn('operator', 'token'), { ...none, governance: true, releases: true }],
    ['local mode', local, { governance: true, releases: true, ruleRollback: true, othersTokens: false, auditVerify: true, ownTokens: false }],
  ];
  it.each(table)('%s', (_name, session, expected) => {
    expect(permissions(session)).toEqual(expected);
  });

  it('names the role a refused control needs', () => {
    expect(needsRole('operator')).toBe('Needs the operator role');
  });
});
