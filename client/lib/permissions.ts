import type { Role, Session } from '@contract/session.ts';
import { i18n } from '../i18n/i18n.ts';

/**
 * What the UI offers a session: the server enforces every route's role, the UI only avoids inviting a
 * 403 by disabling (with a reason) or hiding what the role may not use. Local mode acts as the local admin.
 */
export type Permissions = {
  /** Change weights, enable / disable instances, bulk governance. */
  governance: boolean;
  /** Create gray releases and move them (advance, pause, resume, roll back). */
  releases: boolean;
  /** Roll a rule back to an earlier revision, edit raw rules. */
  ruleRollback: boolean;
  /** List and revoke other people's tokens. */
  othersTokens: boolean;
  /** Verify the audit chain. */
  auditVerify: boolean;
  /** Own API tokens: only a signed-in person in users mode has any. */
  ownTokens: boolean;
};

const RANK: Record<Role, number> = { viewer: 0, operator: 1, admin: 2 };

export function hasRole(role: Role | null, needed: Role): boolean {
  return role !== null && RANK[role] >= RANK[needed];
}

/** Decides from the session (undefined while unknown: nothing is offered). */
export function permissions(session: Session | undefined): Permissions {
  const role = session?.role ?? null;
  const operator = hasRole(role, 'operator');
  const admin = hasRole(role, 'admin');
  return {
    governance: operator,
    releases: operator,
    ruleRollback: admin,
    othersTokens: admin && session?.mode === 'users',
    auditVerify: admin,
    ownTokens: session?.mode === 'users' && session.user !== null && session.via === 'session',
  };
}

/** The reason a disabled control shows. */
export function needsRole(role: Role): string {
  return i18n.t('common:needsRole', { role });
}
