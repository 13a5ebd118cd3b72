/**
 * Cross-site request forgery defence for every write not authenticated by a Bearer token (a browser never
 * attaches one by itself), local mode included. Three independent checks, any one of which stops a page
 * on another site: the body must be JSON (an HTML form or a no-preflight `text/plain` fetch cannot send it),
 * the browser's `Origin`/`Sec-Fetch-Site` must say the request comes from the console's own origin, and the
 * `X-CSRF-Token` header must carry the token `GET /api/session` answered (a custom header forces a CORS
 * preflight, which the console never grants). Sign-in has no session yet, so it gets the first two only.
 */
import type { Request, RequestHandler } from 'express';
import { forbiddenError, unsupportedMediaError } from '../errors/domain-error.ts';
import type { ApiRoute } from './api-route.ts';
import type { HttpSecurity } from './auth-setup.ts';
import { principalOf } from './request-context.ts';
import { sameSecret } from '../auth/session-codec.ts';

export const CSRF_HEADER = 'x-csrf-token';
/** The id local mode derives its CSRF token from (there is no session to derive it from). */
export const LOCAL_CSRF_ID = 'local-mode';

export function csrfGuard(route: ApiRoute, security: HttpSecurity): RequestHandler {
  return (req, _res, next) => {
    const principal = principalOf(_res);
    if (principal.kind === 'token') {
      next();
      return;
    }
    if (hasBody(req) && !req.is('application/json')) {
      throw unsupportedMediaError('Writes take a JSON body (Content-Type: application/json)', { contentType: req.get('content-type') ?? null });
    }
    const site = req.get('sec-fetch-site');
    if (site !== undefined && site !== 'same-origin' && site !== 'none') {
      throw forbiddenError('CSRF_REJECTED', 'Cross-site write refused', { secFetchSite: site });
    }
    const origin = req.get('origin');
    if (origin !== undefined && origin !== ownOrigin(req, security)) {
      throw forbiddenError('CSRF_REJECTED', `Write from origin ${origin} refused: only the console's own origin may write`, { origin });
    }
    if (route.csrf === 'login') {
      next();
      return;
    }
    const expected = principal.kind === 'session' ? security.auth.sessions.csrfToken(principal.sessionId) : principal.kind === 'local' ? security.auth.sessions.csrfToken(LOCAL_CSRF_ID) : undefined;
    const sent = req.get(CSRF_HEADER);
    if (expected === undefined || sent === undefined || !sameSecret(sent, expected)) {
      throw forbiddenError('CSRF_TOKEN_INVALID', 'Send the csrfToken from GET /api/session as the X-CSRF-Token header');
    }
    next();
  };
}

/**
 * The console's own origin: `--public-url` when given, else the scheme and host this request reached —
 * behind `--trust-proxy`, as the proxy forwarded them (X-Forwarded-Proto/-Host), since that is the origin
 * the browser's page has.
 */
export function ownOrigin(req: Request, security: HttpSecurity): string {
  return security.publicOrigin ?? `${req.protocol}://${req.host}`;
}

function hasBody(req: Request): boolean {
  const length = req.get('content-length');
  return (length !== undefined && length !== '0') || req.get('transfer-encoding') !== undefined;
}

export const UNSAFE_METHODS: ReadonlySet<string> = new Set(['post', 'put', 'delete', 'patch']);
