/**
 * The console's own metrics: one prom-client registry per console (a process may run many, as the tests
 * do; never the library's global registry), fed through the observer interfaces the core declares
 * (governance-observer.ts, release-observer.ts, the mirror's onSynced, http's request-timing.ts) so no
 * core module imports the metrics library. `scrape()` answers the exposition GET /metrics serves: these
 * metrics followed by the process's (process-metrics.ts).
 */
import { Gauge, Registry } from 'prom-client';
import type { GovernanceObserver } from '../governance/governance-observer.ts';
import type { HttpRequestObserver } from '../http/request-timing.ts';
import type { MirrorSync } from '../registry/registry-mirror.ts';
import type { ReleaseObserver } from '../releases/release-observer.ts';
import { httpRequestMetrics } from './http-request-metrics.ts';
import { processMetrics } from './process-metrics.ts';
import { registryMetrics, type RegistryMetricsSource } from './registry-metrics.ts';
import { sampledGauge } from './sampled-gauge.ts';
import { governanceMetrics, releaseMetrics } from './write-metrics.ts';

export interface ConsoleTelemetrySource extends RegistryMetricsSource {
  readonly sseClients: () => number;
  readonly leadsReleases: () => boolean;
}

export class ConsoleTelemetry {
  readonly http: HttpRequestObserver;
  readonly governance: GovernanceObserver;
  readonly releases: ReleaseObserver;
  private readonly registry = new Registry();
  private readonly exposed: Registry;
  private readonly mirror: { synced(sync: MirrorSync): void };

  constructor(options: { readonly version: string; readonly source: ConsoleTelemetrySource }) {
    const { source } = options;
    this.http = httpRequestMetrics(this.registry);
    this.governance = governanceMetrics(this.registry);
    this.releases = releaseMetrics(this.registry);
    this.mirror = registryMetrics(this.registry, source);
    sampledGauge(this.registry, 'switchboard_sse_clients', 'Clients connected to the live event stream GET /api/events', source.sseClients);
    sampledGauge(this.registry, 'switchboard_release_leader', '1 while this replica leads the election of the one that advances releases, else 0', source.leadsReleases);
    const info = new Gauge({ name: 'switchboard_build_info', help: 'Always 1; the console version as a label', labelNames: ['version'] as const, registers: [this.registry] });
    info.set({ version: options.version }, 1);
    this.exposed = Registry.merge([this.registry, processMetrics()]);
  }

  /** The mirror's onSynced hook. */
  readonly synced = (sync: MirrorSync): void => this.mirror.synced(sync);

  scrape(): Promise<string> {
    return this.exposed.metrics();
  }
}
