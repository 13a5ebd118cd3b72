/**
 * The API's route table: every `/api` route is declared as data — method, path, the access it needs, a
 * one-line summary, its query/body schemas and its answers — and mounted by `mountApiRoutes`, which puts the
 * access check in front of the handler. Access therefore belongs to the matched route itself: whatever
 * spelling of a path Express routes to a handler (case, trailing slash, encoded dots) meets that handler's
 * check, and a route cannot be mounted without one. Handlers read their query and body through `input`,
 * which parses with the very schemas the route declares, so the OpenAPI document built from this table
 * (server/http/openapi/) cannot drift from what the handlers accept. Tests read the same table (role
 * matrix, fuzzing, OpenAPI coverage).
 */
import type { Request, RequestHandler, Response, Router } from 'express';
import type { z } from 'zod';
import type { RouteAccess } from '../auth/route-access.ts';
import { parseRequest } from './parse-request.ts';
import type { RouteAnswer, RouteErrors } from './route-answers.ts';

export type HttpMethod = 'get' | 'post' | 'put' | 'delete';

/** A route as the OpenAPI document sees it: everything but the handler. */
export interface RouteDeclaration {
  readonly method: HttpMethod;
  /** Express path below `/api`, e.g. `/services/:key`. */
  readonly path: string;
  readonly access: RouteAccess;
  readonly summary: string;
  /** OpenAPI tags (the area of the console). */
  readonly tags: readonly string[];
  /** `login`: the sign-in write, checked for origin and JSON but without a CSRF token (there is no session yet). */
  readonly csrf?: 'login';
  /** What each `:param` of the path is (path parameters are plain strings; no `*splat` routes in the API). */
  readonly params?: Readonly<Record<string, string>>;
  readonly query?: z.ZodType;
  readonly body?: z.ZodType;
  /** The body may be left out (it is read as `{}`). */
  readonly bodyOptional?: boolean;
  /** The successful answers (status, media type, schema). */
  readonly answers: readonly RouteAnswer[];
  /** Error codes the route itself may answer (see route-answers.ts). */
  readonly errors?: RouteErrors;
}

export interface ApiRoute extends RouteDeclaration {
  readonly handle: (req: Request<Record<string, string>>, res: Response) => unknown;
}

/** The request input as the route's declared schemas parse it (400 VALIDATION_FAILED otherwise). */
export interface RouteInput<Q extends z.ZodType, B extends z.ZodType> {
  query(): z.output<Q>;
  body(): z.output<B>;
}

export type RouteSpec<Q extends z.ZodType, B extends z.ZodType> = Omit<RouteDeclaration, 'query' | 'body'> & {
  readonly query?: Q;
  readonly body?: B;
};

export const PUBLIC: RouteAccess = { min: 'public' };
export const VIEWER: RouteAccess = { min: 'viewer' };
export const OPERATOR: RouteAccess = { min: 'operator' };
export const ADMIN: RouteAccess = { min: 'admin' };

export function apiRoute<Q extends z.ZodType = z.ZodNever, B extends z.ZodType = z.ZodNever>(
  spec: RouteSpec<Q, B>,
  handle: (req: Request<Record<string, string>>, res: Response, input: RouteInput<Q, B>) => unknown,
): ApiRoute {
  const { query, body } = spec;
  const input = (req: Request<Record<string, string>>): RouteInput<Q, B> => ({
    query: () => parseRequest(declared(query, spec, 'query'), req.query, 'query'),
    body: () => parseRequest(declared(body, spec, 'body'), spec.bodyOptional === true ? (req.body ?? {}) : req.body, 'body'),
  });
  return { ...spec, handle: (req, res) => handle(req, res, input(req)) };
}

function declared<S extends z.ZodType>(schema: S | undefined, spec: Pick<RouteDeclaration, 'method' | 'path'>, what: string): S {
  if (schema === undefined) throw new Error(`${spec.method.toUpperCase()} ${spec.path} reads a ${what} it does not declare`);
  return schema;
}

/** Mounts each route behind `guard(route)` (authorization, CSRF); Express 5 forwards rejected promises to the error handler. */
export function mountApiRoutes(router: Router, routes: readonly ApiRoute[], guard: (route: ApiRoute) => RequestHandler[]): void {
  for (const route of routes) {
    router[route.method](route.path, ...guard(route), async (req, res) => {
      await route.handle(req as Request<Record<string, string>>, res);
    });
  }
}
