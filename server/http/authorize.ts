/**
 * The access check mounted in front of every API handler (api-route.ts): the route's declared access
 * against the request's principal. 401 when nobody is signed in, 403 `FORBIDDEN` for a role that may not.
 */
import type { RequestHandler } from 'express';
import { decideAccess } from '../auth/route-access.ts';
import { forbiddenError, unauthenticatedError } from '../errors/domain-error.ts';
import type { ApiRoute } from './api-route.ts';
import { principalOf } from './request-context.ts';

export function authorize(route: Pick<ApiRoute, 'access'>): RequestHandler {
  return (_req, res, next) => {
    const principal = principalOf(res);
    const decision = decideAccess(route.access, principal);
    if (decision.allowed) {
      next();
      return;
    }
    if (decision.reason === 'unauthenticated') throw unauthenticatedError('UNAUTHENTICATED', 'Sign in (or send an API token) to use this endpoint');
    if (decision.reason === 'token-not-allowed') {
      throw forbiddenError('TOKEN_NOT_ALLOWED', 'API tokens cannot use this endpoint; sign in to the console instead');
    }
    const role = principal.kind === 'anonymous' ? 'anonymous' : principal.role;
    throw forbiddenError('FORBIDDEN', `This needs the ${route.access.min} role; ${principal.kind === 'anonymous' ? 'nobody' : principal.user} is ${role}`, {
      required: route.access.min,
      role,
    });
  };
}
