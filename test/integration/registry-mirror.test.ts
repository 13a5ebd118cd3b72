// The foundation's promise, end to end: a real ZooKeeper holding a mixed 2.6/2.7/3.x registry,
// the console mirroring it, and the HTTP API telling the truth — including after providers come
// and go, after the console's session expires, and after ZooKeeper restarts.

import { describe, expect, it } from 'vitest';
import type { Health } from '../../server/contract/health.ts';
import type { RegistryChange } from '../../server/contract/registry-event.ts';
import type { ServiceDetail, ServiceList } from '../../server/contract/services.ts';
import type { ApplicationDetail } from '../../server/contract/applications.ts';
import type { WarningList } from '../../server/contract/warnings.ts';
import { startTestConsole } from '../support/test-console.ts';
import { expireSession } from '../support/expire-session.ts';
import { openEventStream } from '../support/sse-client.ts';
import { registryBackends, useRegistry } from '../support/registry-backends.ts';
import { useSeededSwitchboard } from '../support/seeded-switchboard.ts';
import { waitFor } from '../support/wait-for.ts';
import * as fx from '../fixtures/registry/mixed-registry.ts';

async function getJson<T>(base: string, path: string): Promise<{ status: number; body: T }> {
  const res = await fetch(new URL(path, base));
  return { status: res.status, body: (await res.json()) as T };
}

const detailPath = (key: string): string => `/api/services/${encodeURIComponent(key)}`;

describe.each(registryBackends.filter((b) => b.available()))('registry mirror over $name', (backend) => {
  const registry = useRegistry(backend);
  const seeded = useSeededSwitchboard(() => registry.current.connectString, { query: '?session=4000' });

  it('lists every service of the mixed registry with counts and apps', async () => {
    const { body } = await getJson<ServiceList>(seeded.app.url, '/api/services?limit=100');
    const byKey = new Map(body.items.map((s) => [s.key, s]));
    expect([...byKey.keys()].sort()).toEqual([fx.DEMO, `g1/${fx.DEMO}:1.0.0`, fx.ORDER]);
    expect(byKey.get(`g1/${fx.DEMO}:1.0.0`)).toMatchObject({
      providerCount: 2,
      enabledProviderCount: 1,
      consumerCount: 1,
      providerApps: ['demo-provider'],
      consumerApps: ['demo-consumer'],
    });
    expect(byKey.get(fx.DEMO)).toMatchObject({ providerCount: 2, enabledProviderCount: 2, consumerApps: ['web-27'] });
    expect(byKey.get(fx.ORDER)).toMatchObject({ providerCount: 2, enabledProviderCount: 1, consumerApps: ['gateway'] });
  });

  it('applies the legacy 2.6 override: one g1 provider is disabled and gets no traffic', async () => {
    const { body } = await getJson<ServiceDetail>(seeded.app.url, detailPath(`g1/${fx.DEMO}:1.0.0`));
    const [p1, p2] = [...body.providers].sort((a, b) => a.address.localeCompare(b.address));
    expect(p1).toMatchObject({ address: '10.0.0.1:20880', enabled: true, share: 1 });
    expect(p2).toMatchObject({ address: '10.0.0.2:20880', enabled: false, registeredEnabled: true, share: 0 });
    expect(p2?.appliedRules.map((r) => r.kind)).toEqual(['legacy-override']);
    expect(body.methods).toEqual(['sayBye', 'sayHello']);
  });

  it('applies the YAML weight rule and predicts a 75/25 split', async () => {
    const { body } = await getJson<ServiceDetail>(seeded.app.url, detailPath(fx.DEMO));
    const byAddress = new Map(body.providers.map((p) => [p.address, p]));
    expect(byAddress.get('10.0.0.3:20880')).toMatchObject({ registeredWeight: 100, weight: 300, enabled: true });
    expect(byAddress.get('10.0.0.3:20880')?.share).toBeCloseTo(0.75);
    expect(byAddress.get('10.0.0.4:20880')?.share).toBeCloseTo(0.25);
    expect(byAddress.get('10.0.0.3:20880')?.appliedRules.map((r) => r.node)).toEqual([`${fx.DEMO}::.configurators`]);
  });

  it('joins Dubbo 3 application-level instances and honours the consumer-side disable', async () => {
    const { body } = await getJson<ServiceDetail>(seeded.app.url, detailPath(fx.ORDER));
    const byAddress = new Map(body.providers.map((p) => [p.address, p]));
    expect(byAddress.get('10.0.1.1:50051')).toMatchObject({ discovery: 'both', protocol: 'tri', enabled: true, share: 1 });
    expect(byAddress.get('10.0.1.2:50051')).toMatchObject({ discovery: 'application', enabled: false, share: 0 });
    const app = await getJson<ApplicationDetail>(seeded.app.url, '/api/applications/order-app');
    expect(app.body.provides).toEqual([fx.ORDER]);
    expect(app.body.callers).toEqual(['gateway']);
  });

  it('says per application instance what application-scope governance can do, with each service state', async () => {
    const old = await getJson<ApplicationDetail>(seeded.app.url, '/api/applications/demo-provider');
    expect(old.body.instances.map((i) => [i.address, i.applicationScope.supported && 'ok', !i.applicationScope.supported && i.applicationScope.code])).toEqual([
      ['10.0.0.1:20880', false, 'NOT_SUPPORTED'],
      ['10.0.0.2:20880', false, 'NOT_SUPPORTED'],
    ]);
    const current = await getJson<ApplicationDetail>(seeded.app.url, '/api/applications/demo-provider-27');
    const byAddress = new Map(current.body.instances.map((i) => [i.address, i]));
    expect(byAddress.get('10.0.0.3:20880')).toMatchObject({
      applicationScope: { supported: true },
      serviceStates: [{ serviceKey: fx.DEMO, weight: 300, enabled: true }],
    });
    const order = await getJson<ApplicationDetail>(seeded.app.url, '/api/applications/order-app');
    expect(order.body.instances.find((i) => i.address === '10.0.1.2:50051')?.serviceStates).toEqual([{ serviceKey: fx.ORDER, weight: 100, enabled: false }]);
    const gateway = await getJson<ApplicationDetail>(seeded.app.url, '/api/applications/gateway');
    expect(gateway.body.instances[0]?.applicationScope).toMatchObject({ supported: false, code: 'NOT_A_PROVIDER' });
  });

  it('reports malformed nodes and broken rules as warnings without hiding siblings', async () => {
    const { body } = await getJson<WarningList>(seeded.app.url, '/api/warnings');
    const codes = body.items.map((w) => [w.code, w.path.split('/').pop()]);
    expect(codes).toContainEqual(['MALFORMED_NODE_NAME', 'not-a-url']);
    expect(codes).toContainEqual(['MALFORMED_RULE', 'com.foo.Broken::.configurators']);
    const health = await getJson<Health>(seeded.app.url, '/api/health');
    expect(health.body.mirror.warnings).toBe(body.total);
    expect(health.body).toMatchObject({ status: 'ok', registry: { state: 'connected', syncing: false } });
  });

  it('answers unknown services and bad queries with stable error codes', async () => {
    const missing = await getJson<{ error: { code: string } }>(seeded.app.url, detailPath('com.nope.Service'));
    expect(missing).toMatchObject({ status: 404, body: { error: { code: 'SERVICE_NOT_FOUND' } } });
    const bad = await getJson<{ error: { code: string } }>(seeded.app.url, '/api/services?limit=100000');
    expect(bad).toMatchObject({ status: 400, body: { error: { code: 'VALIDATION_FAILED' } } });
  });

  it('streams a change event when a provider comes and goes', async () => {
    const stream = await openEventStream(new URL('/api/events', seeded.app.url).href);
    try {
      const url = fx.providers27[0]!.replace('10.0.0.3', '10.0.0.5');
      await seeded.registrar.registerProvider(url);
      const event = await waitFor(() =>
        stream.events.find((e) => e.event === 'change' && stream.json<RegistryChange>(e).services.includes(fx.DEMO)),
      );
      expect(event.id).toBe(`${seeded.app.eventEpoch}-${stream.json<RegistryChange>(event).revision}`);
      const added = await getJson<ServiceDetail>(seeded.app.url, detailPath(fx.DEMO));
      expect(added.body.providers.map((p) => p.address)).toContain('10.0.0.5:20880');
      const seen = stream.events.length;
      await seeded.registrar.unregister(url);
      await waitFor(() => stream.events.slice(seen).some((e) => e.event === 'change'));
      const removed = await getJson<ServiceDetail>(seeded.app.url, detailPath(fx.DEMO));
      expect(removed.body.providers.map((p) => p.address)).not.toContain('10.0.0.5:20880');
    } finally {
      stream.close();
    }
  });

  it('replays missed change events to a client that resumes with a recent Last-Event-ID', async () => {
    // Two changes the client will have missed: a provider comes, then goes.
    const url = fx.providers27[0]!.replace('10.0.0.3', '10.0.0.5');
    const revisionAfter = async (change: () => Promise<unknown>): Promise<number> => {
      const before = seeded.app.mirror.snapshot.revision;
      await change();
      return waitFor(() => (seeded.app.mirror.snapshot.revision > before ? seeded.app.mirror.snapshot.revision : undefined), {
        message: 'a new mirror revision',
      });
    };
    await revisionAfter(() => seeded.registrar.registerProvider(url));
    await revisionAfter(() => seeded.registrar.unregister(url));
    const revision = seeded.app.mirror.snapshot.revision;
    const lastEventId = `${seeded.app.eventEpoch}-${revision - 2}`;
    const stream = await openEventStream(new URL('/api/events', seeded.app.url).href, { 'Last-Event-ID': lastEventId });
    try {
      await waitFor(() => stream.events.some((e) => e.event === 'registry'));
      const replayed = stream.events.filter((e) => e.event === 'change').map((e) => stream.json<RegistryChange>(e).revision);
      expect(replayed).toEqual([revision - 1, revision]);
      expect(stream.events.map((e) => e.event)).not.toContain('resync');
      expect(stream.events.at(-1)?.event).toBe('registry');
    } finally {
      stream.close();
    }
  });

  it("tells a client resuming with another console process's event id to resync", async () => {
    // A restarted console, or another replica behind the load balancer: revisions start over.
    const other = await startTestConsole(`zookeeper://${seeded.connect}?session=4000`);
    try {
      expect(other.eventEpoch).not.toBe(seeded.app.eventEpoch);
      const revision = other.mirror.snapshot.revision;
      // Below the other process's revision, as a stale id from a longer-lived console would often be.
      const foreign = `${seeded.app.eventEpoch}-${Math.max(0, revision - 1)}`;
      const stream = await openEventStream(new URL('/api/events', other.url).href, { 'Last-Event-ID': foreign });
      try {
        await waitFor(() => stream.events.some((e) => e.event === 'registry'));
        expect(stream.events.map((e) => e.event)).toEqual(['resync', 'registry']);
        expect(stream.events[0]!.id).toBe(`${other.eventEpoch}-${revision}`);
      } finally {
        stream.close();
      }
      // A re-created EventSource carries the id in the query instead of the header.
      const viaQuery = await openEventStream(
        new URL(`/api/events?lastEventId=${encodeURIComponent(foreign)}`, other.url).href,
      );
      try {
        await waitFor(() => viaQuery.events.some((e) => e.event === 'registry'));
        expect(viaQuery.events.map((e) => e.event)).toEqual(['resync', 'registry']);
      } finally {
        viaQuery.close();
      }
    } finally {
      await other.stop();
    }
  });

  it('follows rule files as they are edited, removed and written again', async () => {
    const node = `${fx.DEMO}::.configurators`;
    const weightOf = async (): Promise<number | undefined> => {
      const { body } = await getJson<ServiceDetail>(seeded.app.url, detailPath(fx.DEMO));
      return body.providers.find((p) => p.address === '10.0.0.3:20880')?.weight;
    };
    await seeded.registrar.writeRule(node, fx.demoWeightRule.replace('weight: 300', 'weight: 50'));
    await waitFor(async () => (await weightOf()) === 50, { message: 'edited weight' });
    await seeded.registrar.client.remove(`/dubbo/config/dubbo/${node}`);
    await waitFor(async () => (await weightOf()) === 100, { message: 'weight back to registered after removal' });
    await seeded.registrar.writeRule(node, fx.demoWeightRule);
    await waitFor(async () => (await weightOf()) === 300, { message: 'rule written again' });
  });

  it('recovers from its own session expiring: no ghosts, nothing missing', async () => {
    const credentials = seeded.app.registryClient.sessionCredentials();
    if (!credentials) throw new Error('console has no session');
    const gone = fx.providers27[1]!;
    const born = fx.providers27[0]!.replace('10.0.0.3', '10.0.0.6');
    await expireSession(registry.current.connectString, credentials.sessionId, credentials.password);
    await seeded.registrar.unregister(gone);
    await seeded.registrar.registerProvider(born);
    await waitFor(() => seeded.app.registryClient.sessionId !== credentials.sessionId, { message: 'new session' });
    await waitFor(
      async () => {
        const { body } = await getJson<ServiceDetail>(seeded.app.url, detailPath(fx.DEMO));
        const addresses = body.providers.map((p) => p.address).sort();
        return addresses.join() === ['10.0.0.3:20880', '10.0.0.6:20880'].join();
      },
      { message: 'mirror equals registry after expiry' },
    );
  });

  it('recovers from a ZooKeeper restart and reports the outage honestly', async () => {
    const states: string[] = [];
    const off = seeded.app.mirror.onStatus((status) => states.push(status.state));
    try {
      await registry.current.restart();
      await waitFor(
        async () => {
          // The outage must have been seen and followed by a reconnection before health counts.
          const outage = states.findIndex((state) => state !== 'connected');
          if (outage < 0 || states.lastIndexOf('connected') < outage) return false;
          const { body } = await getJson<Health>(seeded.app.url, '/api/health');
          return body.status === 'ok' && body.registry.state === 'connected';
        },
        { timeoutMs: 30_000, message: 'health ok after restart' },
      );
    } finally {
      off();
    }
    const { body } = await getJson<ServiceList>(seeded.app.url, '/api/services?limit=100');
    if (backend.persistent) {
      expect(body.items.map((s) => s.key).sort()).toEqual([fx.DEMO, `g1/${fx.DEMO}:1.0.0`, fx.ORDER]);
    } else {
      // The embedded registry keeps nothing across a restart: the mirror must show that, not ghosts.
      expect(body.items).toEqual([]);
    }
  });
});
