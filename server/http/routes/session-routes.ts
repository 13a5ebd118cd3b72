import type { Response } from 'express';
import { loginRequestSchema, type Session, sessionSchema } from '../../contract/session.ts';
import type { Principal } from '../../auth/principal.ts';
import { conflictError, TooManyRequestsError, unauthenticatedError } from '../../errors/domain-error.ts';
import { apiRoute, type ApiRoute, PUBLIC } from '../api-route.ts';
import type { HttpSecurity, UsersAuth } from '../auth-setup.ts';
import { SESSION_COOKIE } from '../cookies.ts';
import { LOCAL_CSRF_ID } from '../csrf-guard.ts';
import { emptyAnswer, jsonAnswer } from '../route-answers.ts';
import { principalOf, requestIdOf, sourceOf } from '../request-context.ts';

export interface SessionRouteDeps {
  readonly security: HttpSecurity;
  readonly log: { info(fields: object, message: string): void; warn(fields: object, message: string): void };
}

/** Sign in, who am I (+ the CSRF token), sign out. Public: the login page needs them before anyone is signed in. */
export function sessionRoutes(deps: SessionRouteDeps): ApiRoute[] {
  const { security, log } = deps;
  const tags = ['session'];
  const session = jsonAnswer(sessionSchema, 'Who this request acts as; csrfToken goes in X-CSRF-Token on writes');
  return [
    apiRoute(
      { method: 'get', path: '/session', access: PUBLIC, summary: 'Who this request acts as, the auth mode and the CSRF token for writes', tags, answers: [session] },
      (_req, res) => {
        res.json(sessionView(security, principalOf(res)));
      },
    ),
    apiRoute(
      {
        method: 'post',
        path: '/session',
        access: PUBLIC,
        summary: 'Sign in with a user name and password; sets the session cookie',
        tags,
        csrf: 'login',
        body: loginRequestSchema,
        answers: [session],
        errors: { 401: ['INVALID_CREDENTIALS'], 409: ['LOCAL_MODE'], 429: ['LOGIN_LOCKED'] },
      },
      async (req, res, input) => {
        const auth = security.auth;
        if (auth.mode === 'local') throw conflictError('LOCAL_MODE', 'This console runs without a users file: everyone on this machine is the local operator');
        const body = input.body();
        const source = sourceOf(req);
        const now = security.clock();
        const wait = auth.throttle.retryAfter(body.username, source, now);
        if (wait !== undefined) {
          log.warn({ user: body.username, source, requestId: requestIdOf(res) }, 'sign-in refused: too many failed attempts');
          throw new TooManyRequestsError('LOGIN_LOCKED', `Too many failed sign-ins; try again in ${wait} s`, wait);
        }
        const user = await checkPassword(auth, body.username, body.password);
        if (!user) {
          auth.throttle.failed(body.username, source, now);
          log.warn({ user: body.username, source, requestId: requestIdOf(res) }, 'sign-in failed');
          throw unauthenticatedError('INVALID_CREDENTIALS', 'Wrong user name or password');
        }
        auth.throttle.succeeded(body.username, source);
        const { value, claims } = auth.sessions.issue(user.name, user.passwordHash, now);
        setSessionCookie(res, value, security, auth.sessions.ttlMs);
        log.info({ user: user.name, role: user.role, source, requestId: requestIdOf(res) }, 'signed in');
        const principal: Principal = { kind: 'session', user: user.name, role: user.role, sessionId: claims.sessionId, expiresAt: claims.expiresAt };
        res.json(sessionView(security, principal));
      },
    ),
    apiRoute(
      {
        method: 'delete',
        path: '/session',
        access: { min: 'viewer', interactive: true },
        summary: 'Sign out: clears the session cookie',
        tags,
        answers: [emptyAnswer('Signed out')],
      },
      (_req, res) => {
        res.clearCookie(SESSION_COOKIE, cookieOptions(security));
        const principal = principalOf(res);
        if (principal.kind === 'session') log.info({ user: principal.user, requestId: requestIdOf(res) }, 'signed out');
        res.status(204).end();
      },
    ),
  ];
}

async function checkPassword(auth: UsersAuth, name: string, password: string) {
  const user = auth.users.find(name);
  // An unknown user costs the same hash check as a known one.
  const ok = await auth.verifyPassword(user?.passwordHash ?? auth.dummyPasswordHash, password);
  return ok && user ? user : undefined;
}

function cookieOptions(security: HttpSecurity) {
  return { httpOnly: true, sameSite: 'strict' as const, secure: security.secureCookies, path: '/' };
}

function setSessionCookie(res: Response, value: string, security: HttpSecurity, ttlMs: number): void {
  res.cookie(SESSION_COOKIE, value, { ...cookieOptions(security), maxAge: ttlMs });
}

export function sessionView(security: HttpSecurity, principal: Principal): Session {
  const mode = security.auth.mode;
  switch (principal.kind) {
    case 'anonymous':
      return { user: null, role: null, mode, via: 'anonymous', csrfToken: null, expiresAt: null };
    case 'local':
      return { user: principal.user, role: principal.role, mode, via: 'local', csrfToken: security.auth.sessions.csrfToken(LOCAL_CSRF_ID), expiresAt: null };
    case 'session':
      return {
        user: principal.user,
        role: principal.role,
        mode,
        via: 'session',
        csrfToken: security.auth.sessions.csrfToken(principal.sessionId),
        expiresAt: new Date(principal.expiresAt).toISOString(),
      };
    case 'token':
      return { user: principal.user, role: principal.role, mode, via: 'token', csrfToken: null, expiresAt: null };
  }
}
