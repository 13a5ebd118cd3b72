/**
 * The error codes a route can answer: its own (declared with the route) plus the ones every route of its
 * kind gets from the middleware in front of it — the Host check (local mode), authentication, the access
 * check, CSRF and JSON checks on writes, request validation, the registry-outage guard, and 500 INTERNAL.
 */
import type { RouteErrors } from '../route-answers.ts';
import type { DocumentedRoute } from './documented-route.ts';

export const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: 'Invalid request',
  401: 'Not signed in, or a bad API token',
  403: 'Refused',
  404: 'Not found',
  409: 'Conflict',
  413: 'Body too large',
  415: 'Not a JSON body',
  429: 'Too many attempts (see Retry-After)',
  500: 'Internal error (the answer carries a request id)',
  503: 'Unavailable',
};

const WRITE_METHODS = new Set(['post', 'put', 'delete']);

export function routeErrorCodes(route: DocumentedRoute): Map<number, string[]> {
  const codes = new Map<number, string[]>();
  const add = (status: number, ...more: string[]) => {
    const list = codes.get(status) ?? [];
    for (const code of more) if (!list.includes(code)) list.push(code);
    codes.set(status, list);
  };
  const write = WRITE_METHODS.has(route.method);
  if (route.query !== undefined || route.body !== undefined) add(400, 'VALIDATION_FAILED');
  if (write) add(400, 'BAD_REQUEST');
  if (route.access.min !== 'public') add(401, 'UNAUTHENTICATED');
  add(401, 'INVALID_TOKEN');
  add(403, 'HOST_NOT_ALLOWED');
  if (route.access.min === 'operator' || route.access.min === 'admin') add(403, 'FORBIDDEN');
  if (route.access.interactive === true) add(403, 'TOKEN_NOT_ALLOWED');
  if (write) add(403, 'CSRF_REJECTED', ...(route.csrf === 'login' ? [] : ['CSRF_TOKEN_INVALID']));
  if (write) add(413, 'PAYLOAD_TOO_LARGE');
  if (write) add(415, 'UNSUPPORTED_MEDIA_TYPE');
  if (route.needsRegistry === true) add(503, 'REGISTRY_UNAVAILABLE');
  for (const [status, own] of Object.entries(route.errors ?? ({} satisfies RouteErrors))) add(Number(status), ...own);
  add(500, 'INTERNAL');
  return new Map([...codes].sort(([a], [b]) => a - b));
}
