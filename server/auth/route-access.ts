/**
 * What each API route requires, declared next to the route in its table (server/http/routes/*) and
 * decided here, purely: a minimum role, or `public` (health, the session endpoints the login page needs).
 * `interactive` routes refuse API tokens (a token must not mint or manage tokens: it could outlive its
 * revocation). The role matrix test walks every route through this function.
 */
import type { Role } from '../contract/session.ts';
import type { Principal } from './principal.ts';

export interface RouteAccess {
  readonly min: 'public' | Role;
  readonly interactive?: boolean;
}

const RANK: Record<Role, number> = { viewer: 1, operator: 2, admin: 3 };

export function roleAtLeast(role: Role, min: Role): boolean {
  return RANK[role] >= RANK[min];
}

export type AccessDecision = { readonly allowed: true } | { readonly allowed: false; readonly reason: 'unauthenticated' | 'forbidden' | 'token-not-allowed' };

export function decideAccess(access: RouteAccess, principal: Principal): AccessDecision {
  if (access.min === 'public') return { allowed: true };
  if (principal.kind === 'anonymous') return { allowed: false, reason: 'unauthenticated' };
  if (access.interactive === true && principal.kind === 'token') return { allowed: false, reason: 'token-not-allowed' };
  return roleAtLeast(principal.role, access.min) ? { allowed: true } : { allowed: false, reason: 'forbidden' };
}
