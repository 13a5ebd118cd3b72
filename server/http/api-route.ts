/**
 * The API's route table: every `/api` route is declared as data — method, path, the access it needs and a
 * one-line summary — and mounted by `mountApiRoutes`, which puts the access check in front of the handler.
 * Access therefore belongs to the matched route itself: whatever spelling of a path Express routes to a
 * handler (case, trailing slash, encoded dots) meets that handler's check, and a route cannot be mounted
 * without one. Tests read the same table (role matrix, fuzzing, README/OpenAPI coverage).
 */
import type { Request, RequestHandler, Response, Router } from 'express';
import type { RouteAccess } from '../auth/route-access.ts';

export type HttpMethod = 'get' | 'post' | 'put' | 'delete';

export interface ApiRoute {
  readonly method: HttpMethod;
  /** Express path below `/api`, e.g. `/services/:key`. */
  readonly path: string;
  readonly access: RouteAccess;
  readonly summary: string;
  /** `login`: the sign-in write, checked for origin and JSON but without a CSRF token (there is no session yet). */
  readonly csrf?: 'login';
  /** Path parameters are plain strings (no `*splat` routes in the API). */
  readonly handle: (req: Request<Record<string, string>>, res: Response) => unknown;
}

export const PUBLIC: RouteAccess = { min: 'public' };
export const VIEWER: RouteAccess = { min: 'viewer' };
export const OPERATOR: RouteAccess = { min: 'operator' };
export const ADMIN: RouteAccess = { min: 'admin' };

export function apiRoute(
  method: HttpMethod,
  path: string,
  access: RouteAccess,
  summary: string,
  handle: ApiRoute['handle'],
  options: { readonly csrf?: 'login' } = {},
): ApiRoute {
  return { method, path, access, summary, handle, ...options };
}

/** Mounts each route behind `guard(route)` (authorization, CSRF); Express 5 forwards rejected promises to the error handler. */
export function mountApiRoutes(router: Router, routes: readonly ApiRoute[], guard: (route: ApiRoute) => RequestHandler[]): void {
  for (const route of routes) {
    router[route.method](route.path, ...guard(route), async (req, res) => {
      await route.handle(req as Request<Record<string, string>>, res);
    });
  }
}
