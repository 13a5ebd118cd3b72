import type { Logger } from 'pino';
import { toNodeName } from '../dubbo/dubbo-url.ts';
import { encodeJavaUrl } from '../dubbo/java-url-codec.ts';
import { parseServiceKey } from '../dubbo/service-key.ts';
import type { RegistryAddress } from '../zk/registry-address.ts';
import { ZkClient } from '../zk/zk-client.ts';
import { joinPath } from '../zk/zk-path.ts';
import type { DemoApplicationSpec, DemoInstanceSpec } from './fleet-model.ts';
import { selectProvider, type Selection } from './provider-selection.ts';
import { appInstanceJson, consumerUrl, metadataInfo, providerUrl, type InstanceRun } from './registration-urls.ts';
import { RegistryWatch } from './registry-watch.ts';
import { createEphemeral, createIfAbsent, registerMapping } from './registry-writes.ts';
import { randomInt, type Rng } from './seeded-random.ts';
import { ServiceDirectory, type RegistryPaths } from './service-directory.ts';

/**
 * One running copy of a Dubbo application: its own ZooKeeper session (the demo's only link to the console is
 * the registry, like a real app's), the nodes its release and register mode write (dubbo-format.md §1, §2),
 * and one directory per consumed service. stop() closes the session, so every ephemeral registration vanishes
 * the way a stopped JVM's would; start() again is a restart with a new pid and timestamp. A session that
 * expires under it is replaced and everything is registered and read again.
 */
export interface DemoInstanceOptions {
  readonly app: DemoApplicationSpec;
  readonly spec: DemoInstanceSpec;
  /** Methods per consumed service key (the provider's interface, as the consumer's stub knows it). */
  readonly methodsOf: (serviceKey: string) => readonly string[];
  readonly address: RegistryAddress;
  readonly paths: RegistryPaths;
  readonly clock: () => number;
  readonly rng: Rng;
  readonly logger: Logger;
  /** Called after the instance registered again on a new session (its old one expired). */
  readonly onReRegistered?: () => void;
}

interface Session {
  readonly client: ZkClient;
  readonly watch: RegistryWatch;
  readonly directories: ReadonlyMap<string, ServiceDirectory>;
}

const PRIME_ROUNDS = 8;

export class DemoInstance {
  /** `ip:port` for providers, the IP for consumer-only applications. */
  readonly address: string;
  private session: Session | undefined;
  private serving = false;

  constructor(private readonly options: DemoInstanceOptions) {
    const { app, spec } = options;
    this.address = app.port > 0 ? `${spec.host}:${app.port}` : spec.host;
  }

  get application(): string {
    return this.options.app.name;
  }

  /** Registered and calling: false while stopped, starting or stopping. */
  get running(): boolean {
    return this.serving;
  }

  async start(): Promise<void> {
    if (this.session !== undefined) return;
    const { app, spec, address, paths, logger } = this.options;
    const run: InstanceRun = { startedAt: this.options.clock(), pid: 1000 + randomInt(this.options.rng, 64000) };
    const client = new ZkClient({ address, logger });
    const watch = new RegistryWatch(client, logger);
    const consumer = { host: spec.host, application: app.name, release: app.release };
    const directories = new Map(app.consumes.map((key) => [key, new ServiceDirectory(watch, paths, key, consumer)]));
    const session: Session = { client, watch, directories };
    this.session = session;
    let firstSession = true;
    client.onStateChange((state, { newSession }) => {
      if (state !== 'connected' || !newSession) return;
      if (firstSession) {
        firstSession = false;
        return;
      }
      watch.resync();
      this.register(client, run).then(
        () => this.options.onReRegistered?.(),
        (error: unknown) => logger.warn({ err: error }, 'demo instance re-registration failed'),
      );
    });
    try {
      await client.start();
      await this.register(client, run);
      await this.prime(session);
      if (this.session === session) this.serving = true;
    } catch (error) {
      if (this.session === session) await this.stop();
      throw error;
    }
  }

  async stop(): Promise<void> {
    const session = this.session;
    this.session = undefined;
    this.serving = false;
    if (session === undefined) return;
    session.watch.stop();
    await session.client.stop();
  }

  /** One call to `serviceKey`: the provider this instance's Dubbo would pick right now. */
  call(serviceKey: string, rng: Rng, now: number): Selection | undefined {
    const directory = this.session?.directories.get(serviceKey);
    if (directory === undefined || !this.serving) return undefined;
    const { invokers, tagRule } = directory.current();
    const tag = this.options.spec.consumerTag;
    return selectProvider(
      { invokers, release: this.options.app.release, now, ...(tag === undefined ? {} : { tag }), ...(tagRule ? { rule: tagRule } : {}) },
      rng,
    );
  }

  private async register(client: ZkClient, run: InstanceRun): Promise<void> {
    const { app, spec, paths } = this.options;
    const hostBytes = Buffer.from(spec.host);
    const writes: Promise<unknown>[] = [];
    const interfaceFolder = (iface: string, category: string): string => joinPath(paths.root, encodeJavaUrl(iface), category);
    if (app.provides.length > 0 && app.registerMode !== 'instance') {
      for (const service of app.provides) {
        const url = providerUrl(app, spec, service, run);
        writes.push(createEphemeral(client, joinPath(interfaceFolder(service.interface, 'providers'), toNodeName(url)), hostBytes));
      }
    }
    if (app.provides.length > 0 && app.registerMode !== 'interface') {
      const metadata = metadataInfo(app, spec);
      for (const iface of new Set(app.provides.map((s) => s.interface))) {
        writes.push(registerMapping(client, joinPath(paths.root, 'mapping', iface), app.name));
      }
      if (app.registerMode === 'instance') {
        const path = joinPath(paths.root, 'metadata', app.name, metadata.revision);
        writes.push(createIfAbsent(client, path, Buffer.from(metadata.json)));
      }
      const instancePath = joinPath(paths.servicesRoot, app.name, `${spec.host}:${app.port}`);
      writes.push(createEphemeral(client, instancePath, Buffer.from(appInstanceJson(app, spec, run, metadata.revision))));
    }
    for (const key of app.consumes) {
      const url = consumerUrl(app, spec, key, this.options.methodsOf(key), run);
      const folder = interfaceFolder(parseServiceKey(key).interface, 'consumers');
      writes.push(createEphemeral(client, joinPath(folder, toNodeName(url)), hostBytes));
    }
    await Promise.all(writes);
  }

  /** Brings every directory up to date with what is registered now (e.g. after the rest of the fleet started). */
  async settle(): Promise<void> {
    if (this.session !== undefined) await this.prime(this.session);
  }

  /** Subscribes like a starting reference does, following chains (mapping → instances → metadata) to the end. */
  private async prime(session: Session): Promise<void> {
    for (let round = 0; round < PRIME_ROUNDS; round += 1) {
      const before = session.watch.revision;
      for (const directory of session.directories.values()) directory.current();
      await session.watch.whenIdle();
      if (session.watch.revision === before) return;
    }
  }
}
