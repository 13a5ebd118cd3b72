import { apiRoute, type ApiRoute, PUBLIC } from '../api-route.ts';
import { healthSchema, type Health } from '../../contract/health.ts';
import { registryCounts } from '../../registry/registry-counts.ts';
import { jsonAnswer } from '../route-answers.ts';
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
  const health = (): Health => {
    const snapshot = deps.registry.snapshot;
    const status = deps.registry.status;
    const counts = registryCounts(snapshot);
    return {
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
  };
  return [
    apiRoute(
      { method: 'get', path: '/health', access: PUBLIC, summary: 'Health of the console and its registry connection', tags: ['console'], answers: [jsonAnswer(healthSchema)] },
      (_req, res) => {
        res.json(health());
      },
    ),
  ];
}
