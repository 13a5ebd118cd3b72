/**
 * Who a write is recorded as: the principal the authentication step resolved for this request, how it was
 * authenticated (local mode, session cookie, API token — with the token's name), the client address and
 * the request id, so every audit entry names a person, a place and a log line. Routes that write are never
 * public, so an anonymous principal here is a wiring fault, not a user error.
 */
import type { Request, Response } from 'express';
import type { Actor } from '../governance/governance-deps.ts';
import { principalOf, requestIdOf, sourceOf } from './request-context.ts';

export function resolveActor(req: Request, res: Response): Actor {
  const principal = principalOf(res);
  if (principal.kind === 'anonymous') throw new Error('resolveActor called for an anonymous request');
  const requestId = requestIdOf(res);
  return {
    user: principal.user,
    via: principal.kind,
    ...(principal.kind === 'token' ? { token: principal.tokenName } : {}),
    source: sourceOf(req),
    ...(requestId === '' ? {} : { requestId }),
  };
}
