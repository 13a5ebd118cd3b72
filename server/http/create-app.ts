/**
 * Builds the Express app: the JSON API under /api, /metrics, the built client with SPA fallback.
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
import type { ReleaseObserver } from '../releases/release-observer.ts';
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
import { type ApiRoute, mountApiRoutes } from './api-route.ts';
import { needsRegistry } from './route-answers.ts';
import type { HttpSecurity } from './auth-setup.ts';
import { authenticate } from './authenticate.ts';
import { authorize } from './authorize.ts';
import { csrfGuard, UNSAFE_METHODS } from './csrf-guard.ts';
import { loopbackHostGuard } from './host-guard.ts';
import { requestId } from './request-id.ts';
import { CLIENT_ROUTE, labelRoute, requestTiming, type HttpRequestObserver } from './request-timing.ts';
import { METRICS_ENDPOINT, type MetricsSource, mountMetricsEndpoint } from './routes/metrics-route.ts';
import { securityHeaders } from './security-headers.ts';
import { sessionRoutes } from './routes/session-routes.ts';
import { tokenRoutes } from './routes/token-routes.ts';
import { openApiRoutes } from './routes/openapi-routes.ts';
import { type DocumentedRoute, documentedApiRoute } from './openapi/documented-route.ts';

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
  /** Authentication, CSRF and origin settings (server/http/auth-setup.ts). */
  readonly security: HttpSecurity;
  /** Express's `trust proxy` setting (`--trust-proxy`): which forwarded client addresses to believe. */
  readonly trustProxy?: boolean | number | string;
  /** The console's own metrics: told of every request and release move, served at GET /metrics; omitted → no /metrics. */
  readonly telemetry?: {
    readonly http: HttpRequestObserver;
    readonly releases: ReleaseObserver;
    readonly metrics: MetricsSource;
  };
}

export interface SwitchboardApp {
  readonly app: Express;
  readonly hub: SseHub;
  /** The route table as mounted (the role matrix and fuzz tests walk it). */
  readonly routes: readonly ApiRoute[];
  stop(): void;
}

/**
 * The routes this app serves outside /api besides the built client (e.g. `GET /metrics`), declared as data
 * so GET /api/openapi.json lists them too; the OpenAPI coverage test fails on a route missing here.
 */
export function outsideApiRoutes(deps: Pick<AppDeps, 'telemetry'>): readonly DocumentedRoute[] {
  return deps.telemetry ? [METRICS_ENDPOINT] : [];
}

/** Every API route this app serves, in mount order (tests read the same list). */
export function apiRoutes(deps: AppDeps, hub: SseHub, authLog: Logger): ApiRoute[] {
  const routes: ApiRoute[] = [
    ...healthRoutes({ registry: deps.registry, registryAddress: deps.registryAddress, version: deps.version, releaseLeadership: deps.releaseLeadership }),
    ...sessionRoutes({ security: deps.security, log: authLog }),
    ...tokenRoutes({ security: deps.security, log: authLog }),
    ...serviceRoutes(deps.registry),
    ...applicationRoutes(deps.registry),
    ...topologyRoutes(deps.registry),
    ...warningRoutes(deps.registry),
    ...eventRoutes(deps.registry, hub),
  ];
  if (deps.governance) {
    routes.push(...governanceRoutes(deps.governance), ...ruleRoutes(deps.governance), ...auditRoutes(deps.governance));
    if (deps.releases) {
      const observe = deps.telemetry?.releases;
      routes.push(...releaseRoutes({ governance: deps.governance, store: deps.releases, ...(observe ? { observe } : {}) }));
    }
  }
  routes.push(...openApiRoutes({ version: deps.version, routes: () => [...routes.map(documentedApiRoute), ...outsideApiRoutes(deps)] }));
  return routes;
}

export function createApp(deps: AppDeps): SwitchboardApp {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.set('trust proxy', deps.trustProxy ?? false);
  const hub = new SseHub(deps.heartbeatMs === undefined ? {} : { heartbeatMs: deps.heartbeatMs });
  const security = deps.security;
  app.use(requestId());
  if (deps.telemetry) app.use(requestTiming(deps.telemetry.http));
  app.use(securityHeaders({ hsts: security.secureCookies }));
  if (security.auth.mode === 'local') app.use(loopbackHostGuard());
  const api = express.Router();
  api.use(authenticate(security));
  // Bodies are read only once a route has accepted the caller (and its CSRF checks passed).
  const jsonBody = express.json({ limit: '256kb' });
  const outageGuard = registryOutageGuard(deps.registry, deps.registryAddress);
  const routes = apiRoutes(deps, hub, moduleLogger(deps.logger, 'auth'));
  mountApiRoutes(api, routes, (route) => [
    labelRoute(`/api${route.path}`),
    authorize(route),
    ...(UNSAFE_METHODS.has(route.method) ? [csrfGuard(route, security), jsonBody] : []),
    // Everything but health, the session and the event stream needs registry data.
    ...(needsRegistry(route.path) ? [outageGuard] : []),
  ]);
  api.use(notFoundHandler());
  app.use('/api', api);
  if (deps.telemetry) mountMetricsEndpoint(app, security, deps.telemetry.metrics);
  if (deps.clientDir && existsSync(path.join(deps.clientDir, 'index.html'))) {
    const clientDir = deps.clientDir;
    app.use(labelRoute(CLIENT_ROUTE), express.static(clientDir, { index: false, maxAge: '1h' }));
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
    routes,
    stop() {
      offReleases?.();
      offChange();
      offStatus();
      hub.stop();
    },
  };
}
