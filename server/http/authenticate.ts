/**
 * Decides once per request who it acts as (request-context.ts), before any route: local mode → the local
 * admin; else a Bearer token (a bad one is refused outright, never downgraded to anonymous), else the
 * session cookie, else anonymous. Roles always come from the users file as it is now, so removing a user
 * or lowering a role takes effect on the next request of their sessions and tokens alike.
 */
import type { RequestHandler } from 'express';
import { ANONYMOUS, LOCAL_PRINCIPAL, type Principal } from '../auth/principal.ts';
import { passwordFingerprint } from '../auth/session-codec.ts';
import { unauthenticatedError } from '../errors/domain-error.ts';
import type { HttpSecurity, UsersAuth } from './auth-setup.ts';
import { readCookie, SESSION_COOKIE } from './cookies.ts';
import { setPrincipal } from './request-context.ts';

export function authenticate(security: HttpSecurity): RequestHandler {
  const auth = security.auth;
  return async (req, res, next) => {
    if (auth.mode === 'local') {
      setPrincipal(res, LOCAL_PRINCIPAL);
      next();
      return;
    }
    const now = security.clock();
    const authorization = req.get('authorization');
    if (authorization !== undefined) {
      setPrincipal(res, await tokenPrincipal(auth, authorization, now));
    } else {
      setPrincipal(res, sessionPrincipal(auth, readCookie(req.get('cookie'), SESSION_COOKIE), now));
    }
    next();
  };
}

async function tokenPrincipal(auth: UsersAuth, authorization: string, now: Date): Promise<Principal> {
  const match = /^Bearer +([A-Za-z0-9._~+/=-]{1,512})$/i.exec(authorization.trim());
  if (!match?.[1]) throw unauthenticatedError('INVALID_TOKEN', 'The Authorization header must be "Bearer <token>"');
  const record = auth.tokens ? await auth.tokens.verify(match[1], now) : undefined;
  const owner = record ? auth.users.find(record.owner) : undefined;
  if (!record || !owner) throw unauthenticatedError('INVALID_TOKEN', 'This API token is unknown, revoked or expired');
  return { kind: 'token', user: owner.name, role: owner.role, tokenId: record.id, tokenName: record.name };
}

function sessionPrincipal(auth: UsersAuth, cookie: string | undefined, now: Date): Principal {
  if (cookie === undefined) return ANONYMOUS;
  const claims = auth.sessions.verify(cookie, now);
  if (!claims) return ANONYMOUS;
  const user = auth.users.find(claims.user);
  if (!user || passwordFingerprint(user.passwordHash) !== claims.passwordFingerprint) return ANONYMOUS;
  return { kind: 'session', user: user.name, role: user.role, sessionId: claims.sessionId, expiresAt: claims.expiresAt };
}
