import type { RequestHandler } from 'express';
import { unreadRegistryError } from './registry-outage.ts';
import type { RegistryReadModel } from './registry-read-model.ts';

/**
 * Before the registry routes: while the registry was never read and cannot be reached, they answer 503
 * REGISTRY_UNAVAILABLE at once (see registry-outage.ts) rather than an empty list or "still being read".
 */
export function registryOutageGuard(registry: RegistryReadModel, address: string): RequestHandler {
  return (_req, _res, next) => {
    next(unreadRegistryError(registry.status, address));
  };
}
