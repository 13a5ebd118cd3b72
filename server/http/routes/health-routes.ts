import { apiRoute, type ApiRoute, PUBLIC } from '../api-route.ts';
import type { Health } from '../../contract/health.ts';
import { registryCounts } from '../../registry/registry-counts.ts';
import { registryConnectionView } from '../registry-outage.ts';
import type { RegistryReadModel } from '../registry-read-model.ts';

export interface HealthDeps {
  readonly registry: RegistryReadModel;
  readonly registryAddress: string;
  readonly version: string;
  /** The release leader election this replica takes part in; absent: it never leads. */
  readonly releaseLeadership?: { readonly isLeader: boolean } | undefined;
}

export function healthRoutes(deps: HealthDeps): ApiRoute[] {
  return [
    apiRoute('get', '/health', PUBLIC, 'Health of the console and its registry connection', (_req, res) => {
      const snapshot = deps.registry.snapshot;
      const status = deps.registry.status;
      const counts = registryCounts(snapshot);
      const body: Health = {
        status: status.state === 'connected' && !status.syncing ? 'ok' : 'degraded',
        registry: {
          address: deps.registryAddress,
          state: status.state,
          syncing: status.syncing,
          lastSyncAt: status.lastSyncAt?.toISOString() ?? null,
          ...registryConnectionView(status.connection),
        },
        mirror: {
          revision: snapshot.revision,
          services: counts.services,
          providers: counts.providers,
          consumers: counts.consumers,
          applications: counts.applications,
          warnings: snapshot.warnings.size,
        },
        version: deps.version,
        replica: { leadsReleases: deps.releaseLeadership?.isLeader ?? false },
      };
      res.json(body);
    }),
  ];
}
