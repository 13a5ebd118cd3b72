import { createHash } from 'node:crypto';
import { parseRelease, releaseAtLeast } from '../dubbo/dubbo-release.ts';
import type { DubboUrl } from '../dubbo/dubbo-url.ts';
import { parseServiceKey, serviceKeyOf } from '../dubbo/service-key.ts';
import type { DemoApplicationSpec, DemoInstanceSpec, DemoServiceSpec } from './fleet-model.ts';

/**
 * What a Dubbo application of a given release writes for itself (dubbo-format.md §1.1, §1.4, §2): provider
 * and consumer URLs with that release's parameters, the Curator x-discovery instance JSON, and the
 * `MetadataInfo` an application-level provider reports. Pure: time and pid come in as arguments.
 */
export interface InstanceRun {
  /** When this run of the instance started (epoch ms): `timestamp=` and `registrationTimeUTC`. */
  readonly startedAt: number;
  readonly pid: number;
}

export function serviceKeyOfSpec(s: DemoServiceSpec): string {
  return serviceKeyOf({ interface: s.interface, group: s.group ?? '', version: s.version ?? '' });
}

function isV3(app: DemoApplicationSpec): boolean {
  return releaseAtLeast(parseRelease(app.release), 3, 0);
}

/** 3.2.11+ `DefaultServiceURLCustomizer` strips pid, anyhost, background, … from registered provider URLs (§2). */
function isSimplifiedProvider(app: DemoApplicationSpec): boolean {
  return releaseAtLeast(parseRelease(app.release), 3, 2, 11);
}

function optional(key: string, value: string | number | undefined): Record<string, string> {
  return value === undefined || value === '' ? {} : { [key]: String(value) };
}

function methodsOf(s: DemoServiceSpec): string {
  return [...s.methods].sort().join(',');
}

export function providerUrl(app: DemoApplicationSpec, instance: DemoInstanceSpec, service: DemoServiceSpec, run: InstanceRun): DubboUrl {
  const v3 = isV3(app);
  const simplified = isSimplifiedProvider(app);
  const params: Record<string, string> = {
    application: app.name,
    deprecated: 'false',
    dubbo: '2.0.2',
    dynamic: 'true',
    generic: 'false',
    interface: service.interface,
    methods: methodsOf(service),
    release: app.release,
    side: 'provider',
    timestamp: String(run.startedAt),
    ...optional('group', service.group),
    ...optional('version', service.version),
    ...optional('weight', instance.weight ?? app.weight),
    ...optional('dubbo.tag', instance.providerTag),
    ...(simplified ? {} : { anyhost: 'true', pid: String(run.pid) }),
    ...(v3 ? { 'prefer.serialization': 'fastjson2,hessian2', 'service-name-mapping': 'true' } : optional('revision', service.version)),
    ...(v3 && !simplified ? { background: 'false', 'executor-management-mode': 'isolation', 'file-cache': 'true' } : {}),
  };
  return { protocol: app.protocol, host: instance.host, port: app.port, path: service.interface, params };
}

export function consumerUrl(
  app: DemoApplicationSpec,
  instance: DemoInstanceSpec,
  serviceKey: string,
  methods: readonly string[],
  run: InstanceRun,
): DubboUrl {
  const id = parseServiceKey(serviceKey);
  const params: Record<string, string> = {
    application: app.name,
    category: 'consumers',
    check: 'false',
    dubbo: '2.0.2',
    interface: id.interface,
    methods: [...methods].sort().join(','),
    pid: String(run.pid),
    release: app.release,
    side: 'consumer',
    sticky: 'false',
    timestamp: String(run.startedAt),
    ...optional('group', id.group),
    ...optional('version', id.version),
    ...optional('dubbo.tag', instance.consumerTag),
    ...(isV3(app)
      ? { background: 'false', 'executor-management-mode': 'isolation', 'file-cache': 'true', unloadClusterRelated: 'false' }
      : {}),
  };
  return { protocol: 'consumer', host: instance.host, port: 0, path: id.interface, params };
}

/** Parameters a provider does not put into its MetadataInfo (they change per run, not per revision). */
const RUN_SPECIFIC = new Set(['timestamp', 'pid', 'anyhost', 'background', 'executor-management-mode', 'file-cache']);

export interface MetadataInfoDocument {
  readonly revision: string;
  /** `/dubbo/metadata/{app}/{revision}` content (§1.4). */
  readonly json: string;
}

/** `MetadataInfo` of one instance: `services` keyed `[group/]iface[:version]:protocol`, revision = content hash. */
export function metadataInfo(app: DemoApplicationSpec, instance: DemoInstanceSpec): MetadataInfoDocument {
  const run: InstanceRun = { startedAt: 0, pid: 0 };
  const services: Record<string, unknown> = {};
  for (const service of app.provides) {
    const url = providerUrl(app, instance, service, run);
    const params = Object.fromEntries(Object.entries(url.params).filter(([k]) => !RUN_SPECIFIC.has(k)).sort());
    services[`${serviceKeyOfSpec(service)}:${app.protocol}`] = {
      name: service.interface,
      ...optional('group', service.group),
      ...optional('version', service.version),
      protocol: app.protocol,
      port: app.port,
      path: service.interface,
      params,
    };
  }
  const revision = createHash('md5').update(`${app.name}${JSON.stringify(services)}`).digest('hex');
  return { revision, json: JSON.stringify({ app: app.name, revision, services }) };
}

/** The Curator x-discovery JSON of `/services/{app}/{host}:{port}` (§1.4). */
export function appInstanceJson(app: DemoApplicationSpec, instance: DemoInstanceSpec, run: InstanceRun, revision: string): string {
  const id = `${instance.host}:${app.port}`;
  const metadata = {
    'dubbo.endpoints': JSON.stringify([{ port: app.port, protocol: app.protocol }]),
    'dubbo.metadata-service.url-params': JSON.stringify({
      connections: '1',
      version: '1.0.0',
      dubbo: '2.0.2',
      release: app.release,
      side: 'provider',
      port: String(app.port),
      protocol: app.protocol,
    }),
    'dubbo.metadata.revision': revision,
    'dubbo.metadata.storage-type': app.registerMode === 'instance' ? 'remote' : 'local',
    timestamp: String(run.startedAt),
  };
  return JSON.stringify({
    name: app.name,
    id,
    address: instance.host,
    port: app.port,
    sslPort: null,
    payload: { '@class': 'org.apache.dubbo.registry.zookeeper.ZookeeperInstance', id, name: app.name, metadata },
    registrationTimeUTC: run.startedAt,
    serviceType: 'DYNAMIC',
    uriSpec: null,
  });
}
