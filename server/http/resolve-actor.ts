/**
 * Who a write is recorded as: the principal the authentication step resolved for this request. Routes that
 * write are never public, so an anonymous principal here is a wiring fault, not a user error.
 */
import type { Request, Response } from 'express';
import { principalOf } from './request-context.ts';

export function resolveActor(_req: Request, res: Response): string {
  const principal = principalOf(res);
  if (principal.kind === 'anonymous') throw new Error('resolveActor called for an anonymous request');
  return principal.user;
}
