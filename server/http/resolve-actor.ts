/**
 * Who is making a request. There are no users yet: a console bound to loopback without users runs as the
 * local operator (DESIGN.md §2). Authentication will resolve the signed-in user here, in one place.
 */
import type { Request } from 'express';

export const LOCAL_OPERATOR = 'local-operator';

export function resolveActor(_req: Request): string {
  return LOCAL_OPERATOR;
}
