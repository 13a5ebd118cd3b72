/**
 * The mirror and its ZooKeeper session, as gauges read at scrape time (revision, syncing, connection state,
 * armed watches) plus what each completed full sync took: a histogram by kind (`cold` = the first sync of
 * this console, `resync` = after a new session or an interrupted sync) and the last and cold durations.
 */
import { Gauge, Histogram, type Registry } from 'prom-client';
import { registryStateSchema, type RegistryState } from '../contract/health.ts';
import type { MirrorSync } from '../registry/registry-mirror.ts';
import { sampledGauge } from './sampled-gauge.ts';

/** What the gauges read when scraped (the composition root passes the mirror and the ZooKeeper client). */
export interface RegistryMetricsSource {
  readonly revision: () => number;
  readonly state: () => RegistryState;
  readonly syncing: () => boolean;
  readonly watchCount: () => number;
}

export function registryMetrics(registry: Registry, source: RegistryMetricsSource): { synced(sync: MirrorSync): void } {
  const registers = [registry];
  sampledGauge(registry, 'switchboard_registry_mirror_revision', 'Revision of the registry mirror (grows by one per coalesced change)', source.revision);
  sampledGauge(registry, 'switchboard_registry_syncing', '1 while the mirror is (re)reading the whole registry, else 0', source.syncing);
  new Gauge({
    name: 'switchboard_registry_connection_state',
    help: 'Connection to the registry: 1 for the current state (connected, connecting, disconnected), 0 for the others',
    labelNames: ['state'] as const,
    registers,
    collect() {
      const current = source.state();
      for (const state of registryStateSchema.options) this.set({ state }, state === current ? 1 : 0);
    },
  });
  sampledGauge(registry, 'switchboard_zookeeper_watches', 'Watches the console’s ZooKeeper session has armed (one per data or child watch and path)', source.watchCount);
  const syncs = new Histogram({
    name: 'switchboard_registry_sync_duration_seconds',
    help: 'Full syncs of the mirror by kind (cold: the first one; resync: after a new session or an interrupted sync), and their durations',
    labelNames: ['kind'] as const,
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300],
    registers,
  });
  const last = new Gauge({ name: 'switchboard_registry_last_sync_duration_seconds', help: 'How long the last full sync of the mirror took', registers });
  const cold = new Gauge({ name: 'switchboard_registry_cold_sync_duration_seconds', help: 'How long the first full sync of the mirror took', registers });
  return {
    synced(sync) {
      syncs.observe({ kind: sync.kind }, sync.seconds);
      last.set(sync.seconds);
      if (sync.kind === 'cold') cold.set(sync.seconds);
    },
  };
}
