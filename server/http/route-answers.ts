/**
 * What a route answers and which error codes it may give, declared as data next to the route (api-route.ts)
 * so the OpenAPI document (server/http/openapi/) is built from the same declarations the routes are mounted
 * from. Error codes listed here are the route's own; the ones every route of its kind can give (validation,
 * access, CSRF, registry outage) are added by the document builder.
 */
import type { z } from 'zod';

export type RouteAnswer =
  | { readonly kind: 'json'; readonly status: number; readonly description: string; readonly schema: z.ZodType }
  /** A non-JSON body (the event stream, Prometheus text); `events` names the data schema of each SSE event. */
  | {
      readonly kind: 'media';
      readonly status: number;
      readonly description: string;
      readonly mediaType: string;
      readonly events?: Readonly<Record<string, z.ZodType | null>>;
    }
  | { readonly kind: 'empty'; readonly status: number; readonly description: string };

/** Stable error codes by HTTP status, e.g. `{ 404: ['SERVICE_NOT_FOUND'] }`. */
export type RouteErrors = Readonly<Record<number, readonly string[]>>;

export const jsonAnswer = (schema: z.ZodType, description = 'OK', status = 200): RouteAnswer => ({ kind: 'json', status, description, schema });

export const emptyAnswer = (description: string): RouteAnswer => ({ kind: 'empty', status: 204, description });

export const mediaAnswer = (mediaType: string, description: string, events?: Readonly<Record<string, z.ZodType | null>>): RouteAnswer => ({
  kind: 'media',
  status: 200,
  description,
  mediaType,
  ...(events === undefined ? {} : { events }),
});

/** The API paths that read registry data: they answer 503 REGISTRY_UNAVAILABLE while nothing was ever read. */
const REGISTRY_PATHS = ['/services', '/applications', '/topology', '/warnings', '/rules', '/audit', '/governance', '/releases'];

export function needsRegistry(apiPath: string): boolean {
  return REGISTRY_PATHS.some((p) => apiPath === p || apiPath.startsWith(`${p}/`));
}
