/**
 * What the request pipeline learns about a request before its handler runs, kept on `res.locals` under
 * one key: its id (`X-Request-Id`), who it acts as (set by authenticate.ts), the route pattern that took it
 * (request-timing.ts) and where it came from (the real client address: Express's `req.ip`, which honours
 * `--trust-proxy`).
 */
import type { Request, Response } from 'express';
import { ANONYMOUS, type Principal } from '../auth/principal.ts';

interface RequestContext {
  requestId: string;
  principal: Principal;
  /** The route pattern that took the request, e.g. `/api/services/:key` (metrics label; bounded). */
  route?: string;
}

const KEY = 'switchboard';

function contextOf(res: Response): RequestContext {
  const locals = res.locals as Record<string, unknown>;
  let context = locals[KEY] as RequestContext | undefined;
  if (!context) {
    context = { requestId: '', principal: ANONYMOUS };
    locals[KEY] = context;
  }
  return context;
}

export function setRequestId(res: Response, requestId: string): void {
  contextOf(res).requestId = requestId;
}

export function requestIdOf(res: Response): string {
  return contextOf(res).requestId;
}

export function setPrincipal(res: Response, principal: Principal): void {
  contextOf(res).principal = principal;
}

export function principalOf(res: Response): Principal {
  return contextOf(res).principal;
}

export function setRouteLabel(res: Response, route: string): void {
  contextOf(res).route = route;
}

export function routeLabelOf(res: Response): string | undefined {
  return contextOf(res).route;
}

/** The client address as Express resolves it (the proxy's forwarded address only with --trust-proxy). */
export function sourceOf(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}
