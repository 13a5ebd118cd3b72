import { Router } from 'express';
import type { Health } from '../../contract/health.ts';
import { applicationIndex } from '../../registry/application-index.ts';
import { serviceIndex } from '../../registry/service-index.ts';
import type { RegistryReadModel } from '../registry-read-model.ts';

export interface HealthDeps {
  readonly registry: RegistryReadModel;
  readonly registryAddress: string;
  readonly version: string;
}

export function healthRoutes(deps: HealthDeps): Router {
  const router = Router();
  router.get('/health', (_req, res) => {
    const snapshot = deps.registry.snapshot;
    const status = deps.registry.status;
    let providers = 0;
    let consumers = 0;
    for (const folder of snapshot.interfaces.values()) {
      providers += folder.providers.size;
      consumers += folder.consumers.size;
    }
    for (const instances of snapshot.appInstances.values()) providers += instances.size;
    const body: Health = {
      status: status.state === 'connected' && !status.syncing ? 'ok' : 'degraded',
      registry: {
        address: deps.registryAddress,
        state: status.state,
        syncing: status.syncing,
        lastSyncAt: status.lastSyncAt?.toISOString() ?? null,
      },
      mirror: {
        revision: snapshot.revision,
        services: serviceIndex(snapshot).size,
        providers,
        consumers,
        applications: applicationIndex(snapshot).size,
        warnings: snapshot.warnings.size,
      },
      version: deps.version,
    };
    res.json(body);
  });
  return router;
}
