/**
 * `GET /metrics`: the console's own metrics in the Prometheus text format, outside `/api` where scrapers
 * look for them, yet behind the same access control as any read (viewer; in team mode a scraper sends an
 * API token as `Authorization: Bearer sbt_…`; local mode is open like the rest). METRICS_ENDPOINT declares
 * it as data, like the API's route table, so documents listing the endpoints (OpenAPI) can include it.
 */
import type { Express } from 'express';
import { VIEWER } from '../api-route.ts';
import type { DocumentedRoute } from '../openapi/documented-route.ts';
import { mediaAnswer } from '../route-answers.ts';
import type { HttpSecurity } from '../auth-setup.ts';
import { authenticate } from '../authenticate.ts';
import { authorize } from '../authorize.ts';
import { labelRoute } from '../request-timing.ts';

/** What serves the exposition (server/telemetry/console-telemetry.ts); http/ never sees the metrics library. */
export interface MetricsSource {
  scrape(): Promise<string>;
}

export const METRICS_MEDIA_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

export const METRICS_ENDPOINT = {
  method: 'get',
  path: '/metrics',
  access: VIEWER,
  summary: "The console's own metrics (requests, mirror, registry connection, writes, releases, process) in the Prometheus text format",
  tags: ['metrics'],
  answers: [mediaAnswer(METRICS_MEDIA_TYPE, 'Prometheus text exposition of every switchboard_* series')],
} as const satisfies DocumentedRoute;

export function mountMetricsEndpoint(app: Express, security: HttpSecurity, source: MetricsSource): void {
  app.get(METRICS_ENDPOINT.path, labelRoute(METRICS_ENDPOINT.path), authenticate(security), authorize(METRICS_ENDPOINT), async (_req, res) => {
    const body = await source.scrape();
    res.set({ 'Content-Type': METRICS_MEDIA_TYPE, 'Cache-Control': 'no-store' }).send(body);
  });
}
