// Reading the routes an Express app really mounted, and sample paths for the route table's patterns.

import type { Express } from 'express';
import type { ApiRoute } from '../../../server/http/api-route.ts';

export const routeKey = (route: Pick<ApiRoute, 'method' | 'path'>): string => `${route.method.toUpperCase()} ${route.path}`;

const SAMPLES: Readonly<Record<string, string>> = {
  key: 'com.example.NoSuchService',
  name: 'no-such-app',
  target: 'no-such-target',
  address: '10.255.0.1:20880',
  node: 'no-such.configurators',
  id: 'r-0000000999',
};

/** The route's path with every `:param` filled by a value that names nothing in the registry. */
export function samplePath(path: string): string {
  return path.replace(/:(\w+)/g, (_m, name: string) => encodeURIComponent(SAMPLES[name] ?? 'x'));
}

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
  name?: string;
}

/** `METHOD /path` of every route mounted on the app itself, outside the API router (e.g. /metrics). */
export function rootRoutes(app: Express): string[] {
  const root = (app as unknown as { router: { stack: Layer[] } }).router.stack;
  return root.flatMap((layer) =>
    layer.route ? Object.entries(layer.route.methods).filter(([method, on]) => on && method !== '_all').map(([method]) => `${method.toUpperCase()} ${layer.route?.path ?? ''}`) : [],
  );
}

/** `METHOD /path` of every route mounted on routers below the app (the API router under /api). */
export function expressRoutes(app: Express): string[] {
  const root = (app as unknown as { router: { stack: Layer[] } }).router.stack;
  const keys: string[] = [];
  const walk = (stack: Layer[], nested: boolean): void => {
    for (const layer of stack) {
      if (layer.route && nested) {
        for (const [method, on] of Object.entries(layer.route.methods)) if (on && method !== '_all') keys.push(`${method.toUpperCase()} ${layer.route.path}`);
      } else if (layer.name === 'router' && layer.handle?.stack) {
        walk(layer.handle.stack, true);
      }
    }
  };
  walk(root, false);
  return keys;
}

/**
 * `METHOD /full/path` of every route the app really answers, at any depth: the app's own routes (outside
 * /api) and those of every router mounted on it, prefixed with the router's mount path.
 */
export function servedRoutes(app: Express): string[] {
  const root = (app as unknown as { router: { stack: Array<Layer & { rawPath?: unknown }> } }).router.stack;
  const keys: string[] = [];
  const walk = (stack: Array<Layer & { rawPath?: unknown }>, prefix: string): void => {
    for (const layer of stack) {
      if (layer.route) {
        for (const [method, on] of Object.entries(layer.route.methods)) if (on && method !== '_all') keys.push(`${method.toUpperCase()} ${prefix}${layer.route.path}`);
      } else if (layer.name === 'router' && layer.handle?.stack) {
        walk(layer.handle.stack, `${prefix}${typeof layer.rawPath === 'string' ? layer.rawPath : ''}`);
      }
    }
  };
  walk(root, '');
  return keys;
}
