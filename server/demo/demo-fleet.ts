import type { Logger } from 'pino';
import { moduleLogger } from '../logger.ts';
import { parseRegistryAddress } from '../zk/registry-address.ts';
import { ZkClient } from '../zk/zk-client.ts';
import { CallStats, type CallStatsSnapshot } from './call-stats.ts';
import { ConsumerLoop } from './consumer-loop.ts';
import { DemoInstance } from './demo-instance.ts';
import { SHOP_FLEET } from './fleet-catalog.ts';
import { FleetChurn } from './fleet-churn.ts';
import type { DemoFleetCatalog } from './fleet-model.ts';
import { serviceKeyOfSpec } from './registration-urls.ts';
import { forkRandom, seededRandom } from './seeded-random.ts';
import { seedRules } from './seed-rules.ts';

/**
 * A living demo fleet: every instance of the catalog is a simulated Dubbo application with its own ZooKeeper
 * session, registering and subscribing exactly like Dubbo does (DESIGN §2: the demo runs the real code path;
 * the console only ever sees it through the registry). Consumer applications call their providers the way
 * Dubbo would choose them, so governance rules visibly move the traffic counters (callStats()); instances
 * restart now and then. Deterministic for a seed, up to ZooKeeper's own timing.
 */
export interface DemoFleetOptions {
  /** Where to register: anything parseRegistryAddress accepts ('127.0.0.1:2181[/chroot]', 'zookeeper://…'). */
  readonly connectString: string;
  /** Registry root; defaults to the address's group root ('/dubbo'). */
  readonly root?: string;
  /** Application-level discovery root (§1.4); default '/services', where the console reads it. */
  readonly servicesRoot?: string;
  readonly seed?: number;
  /** Mean time between instance restarts; 0 = no churn. Default 30 s. */
  readonly churnIntervalMs?: number;
  /** How long a restarting instance stays away. Default 5 s. */
  readonly churnPauseMs?: number;
  /** Calls per second per consumer application. Default 20. */
  readonly callsPerSecond?: number;
  /** Sliding window of the call rates. Default 10 s. */
  readonly statsWindowMs?: number;
  readonly catalog?: DemoFleetCatalog;
  readonly clock?: () => number;
  readonly logger: Logger;
}

export interface DemoFleetSize {
  readonly applications: number;
  readonly services: number;
  readonly instances: number;
  readonly providerInstances: number;
}

export class DemoFleet {
  readonly size: DemoFleetSize;
  private readonly catalog: DemoFleetCatalog;
  private readonly instances: DemoInstance[];
  private readonly loops: ConsumerLoop[];
  private readonly churn: FleetChurn;
  private readonly stats: CallStats;
  private readonly rulesSeeded: () => Promise<void>;

  constructor(options: DemoFleetOptions) {
    const catalog = options.catalog ?? SHOP_FLEET;
    const address = parseRegistryAddress(options.connectString);
    const paths = { root: options.root ?? address.root, servicesRoot: options.servicesRoot ?? '/services' };
    const clock = options.clock ?? Date.now;
    const rng = seededRandom(options.seed ?? 20240611);
    const logger = moduleLogger(options.logger, 'demo');
    // 46 sessions logging every connect would drown the console's own log: only their warnings show.
    const warnLevel = logger.levels.values['warn'] ?? 40;
    const sessionLogger = logger.child({}, { level: logger.levelVal > warnLevel ? logger.level : 'warn' });
    const methods = new Map(catalog.applications.flatMap((a) => a.provides.map((s) => [serviceKeyOfSpec(s), s.methods] as const)));
    const methodsOf = (key: string): readonly string[] => methods.get(key) ?? [];
    this.catalog = catalog;
    this.stats = new CallStats(clock, options.statsWindowMs);
    this.instances = [];
    this.loops = [];
    for (const app of catalog.applications) {
      const appInstances = app.instances.map(
        (spec) => new DemoInstance({
          app,
          spec,
          methodsOf,
          address,
          paths,
          clock,
          rng: forkRandom(rng),
          logger: sessionLogger,
          onReRegistered: () => this.churn.noteReRegistration(),
        }),
      );
      this.instances.push(...appInstances);
      const callsPerSecond = options.callsPerSecond ?? 20;
      this.loops.push(
        new ConsumerLoop({ consumes: app.consumes, instances: appInstances, callsPerSecond, stats: this.stats, rng: forkRandom(rng), clock }),
      );
    }
    this.churn = new FleetChurn({
      targets: this.instances,
      intervalMs: options.churnIntervalMs ?? 30_000,
      pauseMs: options.churnPauseMs ?? 5_000,
      rng: forkRandom(rng),
      logger,
    });
    this.rulesSeeded = async () => {
      const client = new ZkClient({ address, logger: sessionLogger });
      try {
        await client.start();
        await seedRules(client, paths.root, catalog.rules);
      } finally {
        await client.stop();
      }
    };
    this.size = fleetSize(catalog);
  }

  /** Seeds the rules, registers every instance, then starts traffic and churn. */
  async start(): Promise<void> {
    await this.rulesSeeded();
    try {
      await Promise.all(this.instances.map((instance) => instance.start()));
      // Instances started together: let each consumer see the providers that registered after it subscribed.
      await Promise.all(this.instances.map((instance) => instance.settle()));
    } catch (error) {
      await this.stop();
      throw error;
    }
    for (const loop of this.loops) loop.start();
    this.churn.start();
  }

  async stop(): Promise<void> {
    this.churn.stop();
    for (const loop of this.loops) loop.stop();
    await Promise.all(this.instances.map((instance) => instance.stop()));
  }

  /** Calls per service key and provider address, with rates over the sliding window. */
  callStats(): CallStatsSnapshot {
    return this.stats.snapshot();
  }

  /** Instances currently registered (churn takes some away for a while). */
  runningInstances(): { readonly application: string; readonly address: string }[] {
    return this.instances.filter((i) => i.running).map((i) => ({ application: i.application, address: i.address }));
  }

  get applications(): readonly string[] {
    return this.catalog.applications.map((a) => a.name);
  }
}

export function fleetSize(catalog: DemoFleetCatalog): DemoFleetSize {
  const providers = catalog.applications.filter((a) => a.provides.length > 0);
  return {
    applications: catalog.applications.length,
    services: new Set(catalog.applications.flatMap((a) => a.provides.map(serviceKeyOfSpec))).size,
    instances: catalog.applications.reduce((n, a) => n + a.instances.length, 0),
    providerInstances: providers.reduce((n, a) => n + a.instances.length, 0),
  };
}
