/**
 * A route as the OpenAPI document describes it: a route declaration (api-route.ts) with its full Express
 * path. The `/api` table supplies most; routes the app serves outside `/api` (e.g. `GET /metrics`) are
 * declared the same way, as data, so the document lists every route the app answers.
 */
import type { ApiRoute, RouteDeclaration } from '../api-route.ts';
import { needsRegistry } from '../route-answers.ts';

export interface DocumentedRoute extends RouteDeclaration {
  /** It answers 503 REGISTRY_UNAVAILABLE while the registry was never read. */
  readonly needsRegistry?: boolean;
}

export const API_PREFIX = '/api';

export function documentedApiRoute(route: ApiRoute): DocumentedRoute {
  const { handle: _handle, ...declaration } = route;
  return { ...declaration, path: `${API_PREFIX}${route.path}`, needsRegistry: needsRegistry(route.path) };
}

/** Express `:name` parameters → OpenAPI `{name}`. */
export function openApiPath(expressPath: string): string {
  return expressPath.replace(/:(\w+)/g, '{$1}');
}

export function pathParamNames(expressPath: string): string[] {
  return [...expressPath.matchAll(/:(\w+)/g)].map((m) => m[1] ?? '');
}

/** `get /api/services/:key/instances` → `getServicesByKeyInstances` (unique per method and path). */
export function operationId(route: Pick<RouteDeclaration, 'method' | 'path'>): string {
  const words = route.path
    .replace(/^\/api(?=\/)/, '')
    .split('/')
    .filter((s) => s !== '')
    .flatMap((segment) => (segment.startsWith(':') ? ['by', segment.slice(1)] : segment.split(/[^A-Za-z0-9]+/)))
    .filter((w) => w !== '');
  return route.method + words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}
