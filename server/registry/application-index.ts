/**
 * Applications and their instances, derived from every provider and consumer URL
 * (`application=`) and from Dubbo 3 application-level instances. A process that both
 * provides (ip:port) and consumes (ip) is one instance with two roles. Memoised per snapshot.
 */
import { appInstanceRelease, releaseOf } from './provider-instances.ts';
import type { RegistrySnapshot } from './registry-snapshot.ts';
import { serviceIndex } from './service-index.ts';

export interface InstanceAggregate {
  address: string;
  host: string;
  port: number;
  provider: boolean;
  consumer: boolean;
  release: string;
  provided: Set<string>;
  consumed: Set<string>;
  interfaceLevel: boolean;
  applicationLevel: boolean;
}

export interface ApplicationAggregate {
  readonly name: string;
  readonly instances: Map<string, InstanceAggregate>;
  readonly provides: Set<string>;
  readonly consumes: Set<string>;
  readonly callers: Set<string>;
  readonly callees: Set<string>;
}

const memo = new WeakMap<RegistrySnapshot, ReadonlyMap<string, ApplicationAggregate>>();

export function applicationIndex(snapshot: RegistrySnapshot): ReadonlyMap<string, ApplicationAggregate> {
  const cached = memo.get(snapshot);
  if (cached) return cached;
  const apps = new Map<string, ApplicationAggregate>();
  const app = (name: string): ApplicationAggregate => {
    let aggregate = apps.get(name);
    if (!aggregate) {
      aggregate = { name, instances: new Map(), provides: new Set(), consumes: new Set(), callers: new Set(), callees: new Set() };
      apps.set(name, aggregate);
    }
    return aggregate;
  };
  const instance = (a: ApplicationAggregate, host: string, port: number, release: string): InstanceAggregate => {
    const address = port > 0 ? `${host}:${port}` : host;
    let found = a.instances.get(address);
    if (!found) {
      found = { address, host, port, provider: false, consumer: false, release, provided: new Set(), consumed: new Set(), interfaceLevel: false, applicationLevel: false };
      a.instances.set(address, found);
    }
    if (!found.release) found.release = release;
    return found;
  };
  const consumerPass: (() => void)[] = [];
  for (const entry of serviceIndex(snapshot).values()) {
    const providerApps = new Set<string>();
    for (const { url } of entry.providers) {
      const name = url.params['application'] ?? '';
      if (!name) continue;
      providerApps.add(name);
      const a = app(name);
      a.provides.add(entry.key);
      const i = instance(a, url.host, url.port, releaseOf(url));
      i.provider = true;
      i.interfaceLevel = true;
      i.provided.add(entry.key);
    }
    for (const appInstance of entry.appInstances) {
      providerApps.add(appInstance.application);
      const a = app(appInstance.application);
      a.provides.add(entry.key);
      const i = instance(a, appInstance.host, appInstance.port, appInstanceRelease(appInstance));
      i.provider = true;
      i.applicationLevel = true;
      i.provided.add(entry.key);
    }
    // Consumers go second so they can join a provider instance of the same app on their host.
    consumerPass.push(() => {
    for (const { url } of entry.consumers) {
      const name = url.params['application'] ?? '';
      if (!name) continue;
      const a = app(name);
      a.consumes.add(entry.key);
      const i = consumerInstance(a, url.host) ?? instance(a, url.host, 0, releaseOf(url));
      i.consumer = true;
      i.consumed.add(entry.key);
      for (const provider of providerApps) {
        a.callees.add(provider);
        app(provider).callers.add(name);
      }
    }
    });
  }
  for (const run of consumerPass) run();
  // Apps that registered instances but no interface-level URL and no mapping yet.
  for (const [name, instances] of snapshot.appInstances) {
    const a = app(name);
    for (const appInstance of instances.values()) {
      instance(a, appInstance.host, appInstance.port, appInstanceRelease(appInstance)).applicationLevel = true;
    }
  }
  memo.set(snapshot, apps);
  return apps;
}

/** A consumer URL carries no port: attach it to a provider instance of the same app on that host. */
function consumerInstance(app: ApplicationAggregate, host: string): InstanceAggregate | undefined {
  for (const candidate of app.instances.values()) if (candidate.host === host) return candidate;
  return undefined;
}
