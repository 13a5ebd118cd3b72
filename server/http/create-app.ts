/**
 * Builds the Express app: the JSON API under /api, the built client with SPA fallback.
 * It never listens (see server/main.ts); tests mount it on port 0.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import type { Logger } from 'pino';
import { moduleLogger } from '../logger.ts';
import type { RegistryChange, RegistryStatusEvent } from '../contract/registry-event.ts';
import type { GovernanceDeps } from '../governance/governance-deps.ts';
import type { ReleaseChange } from '../contract/release-event.ts';
import type { ReleaseStore } from '../releases/release-store.ts';
import { errorHandler, notFoundHandler } from './error-handler.ts';
import type { RegistryReadModel } from './registry-read-model.ts';
import { registryOutageGuard } from './registry-outage-guard.ts';
import { applicationRoutes } from './routes/application-routes.ts';
import { auditRoutes } from './routes/audit-routes.ts';
import { eventRoutes } from './routes/event-routes.ts';
import { governanceRoutes } from './routes/governance-routes.ts';
import { healthRoutes } from './routes/health-routes.ts';
import { releaseRoutes } from './routes/release-routes.ts';
import { ruleRoutes } from './routes/rule-routes.ts';
import { serviceRoutes } from './routes/service-routes.ts';
import { topologyRoutes } from './routes/topology-routes.ts';
import { warningRoutes } from './routes/warning-routes.ts';
import { SseHub } from './sse-hub.ts';

const REGISTRY_PATHS = ['/services', '/applications', '/topology', '/warnings', '/rules', '/audit', '/governance', '/releases'];

export interface AppDeps {
  readonly registry: RegistryReadModel;
  readonly registryAddress: string;
  readonly logger: Logger;
  readonly version: string;
  /** Directory of the built client; omitted or missing → API only. */
  readonly clientDir?: string;
  readonly heartbeatMs?: number;
  /** Governance use cases' dependencies; omitted → read-only API (no writes, rules, history, audit). */
  readonly governance?: GovernanceDeps;
  /** Whether this replica leads the release election (shown by GET /api/health). */
  readonly releaseLeadership?: { readonly isLeader: boolean };
  /** Changes of the stored releases (any replica's), published as SSE `releases` events. */
  readonly releaseEvents?: { onChange(listener: (ids: readonly string[]) => void): () => void };
  /** The store of gray releases (needs governance); omitted → no release routes. */
  readonly releases?: Pick<ReleaseStore, 'create' | 'read' | 'list' | 'update' | 'startGate'>;
}

export interface SwitchboardApp {
  readonly app: Express;
  readonly hub: SseHub;
  stop(): void;
}

export function createApp(deps: AppDeps): SwitchboardApp {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  const hub = new SseHub(deps.heartbeatMs === undefined ? {} : { heartbeatMs: deps.heartbeatMs });
  const api = express.Router();
  api.use(express.json({ limit: '256kb' }));
  api.use(healthRoutes({ registry: deps.registry, registryAddress: deps.registryAddress, version: deps.version, releaseLeadership: deps.releaseLeadership }));
  // Everything below health and the event stream needs registry data.
  api.use(REGISTRY_PATHS, registryOutageGuard(deps.registry, deps.registryAddress));
  api.use(serviceRoutes(deps.registry));
  api.use(applicationRoutes(deps.registry));
  api.use(topologyRoutes(deps.registry));
  api.use(warningRoutes(deps.registry));
  api.use(eventRoutes(deps.registry, hub));
  if (deps.governance) {
    api.use(governanceRoutes(deps.governance));
    api.use(ruleRoutes(deps.governance));
    api.use(auditRoutes(deps.governance));
    if (deps.releases) api.use(releaseRoutes({ governance: deps.governance, store: deps.releases }));
  }
  api.use(notFoundHandler());
  app.use('/api', api);
  if (deps.clientDir && existsSync(path.join(deps.clientDir, 'index.html'))) {
    const clientDir = deps.clientDir;
    app.use(express.static(clientDir, { index: false, maxAge: '1h' }));
    app.get('/{*spa}', (_req, res) => res.sendFile(path.join(clientDir, 'index.html')));
  }
  app.use(errorHandler(moduleLogger(deps.logger, 'http')));

  const offChange = deps.registry.onChange((_snapshot, change: RegistryChange) => {
    hub.publish('change', change.revision, change);
  });
  const offStatus = deps.registry.onStatus((status) => {
    const event: RegistryStatusEvent = {
      revision: deps.registry.snapshot.revision,
      state: status.state,
      syncing: status.syncing,
    };
    hub.publish('registry', event.revision, event);
  });
  const offReleases = deps.releaseEvents?.onChange((ids) => {
    const event: ReleaseChange = { ids: [...ids] };
    hub.publish('releases', deps.registry.snapshot.revision, event);
  });
  return {
    app,
    hub,
    stop() {
      offReleases?.();
      offChange();
      offStatus();
      hub.stop();
    },
  };
}
