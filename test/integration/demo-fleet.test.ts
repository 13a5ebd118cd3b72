// The living demo fleet end to end: an embedded registry, the demo fleet registering into it through the
// ZooKeeper protocol like Dubbo apps, and the console mirroring it. Asserts what an operator would see
// (services, applications, instances over HTTP), that governance rules written into ZooKeeper in exact
// Dubbo format move the demo's traffic, and that churn takes instances away and brings them back.

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import type { ApplicationDetail, ApplicationList } from '../../server/contract/applications.ts';
import type { Health } from '../../server/contract/health.ts';
import type { ServiceDetail, ServiceList } from '../../server/contract/services.ts';
import { DemoFleet } from '../../server/demo/demo-fleet.ts';
import { EmbeddedZooKeeper } from '../../server/embedded-zk/embedded-zookeeper.ts';
import type { RunningSwitchboard } from '../../server/switchboard.ts';
import { startTestConsole } from '../support/test-console.ts';
import { DubboRegistrar } from '../support/dubbo-registrar.ts';
import { uniqueChroot } from '../support/use-zookeeper.ts';
import { waitFor } from '../support/wait-for.ts';
import { writeHeaders } from '../support/csrf.ts';

async function getJson<T>(base: string, path: string): Promise<T> {
  const res = await fetch(new URL(path, base));
  if (!res.ok) throw new Error(`GET ${path}: ${res.status}`);
  return (await res.json()) as T;
}

const detailPath = (key: string): string => `/api/services/${encodeURIComponent(key)}`;

const PAYMENT = 'payments/com.shop.payment.PaymentService:2.0.0';
const PAYMENT_RULE_NODE = 'com.shop.payment.PaymentService:2.0.0:payments.configurators';
const AUDIT = 'com.shop.audit.AuditService';
const AUDIT_RULE_NODE = 'com.shop.audit.AuditService::.configurators';

/** A service-scope provider-side weight rule, as Dubbo Admin would write it (dubbo-format.md §3b, §9.1). */
const paymentWeightRule = (address: string, weight: number): string => `configVersion: v2.7
scope: service
key: ${PAYMENT}
enabled: true
configs:
  - side: provider
    addresses: ["${address}"]
    parameters:
      weight: ${weight}
`;

/** The disable rule that works on 2.7 through 3.3 consumers (dubbo-format.md §3b). */
const auditDisableRule = (address: string): string => `configVersion: v2.7
scope: service
key: ${AUDIT}
enabled: true
configs:
  - side: consumer
    addresses: [0.0.0.0]
    providerAddresses: ["${address}"]
    parameters:
      disabled: true
`;

describe('demo fleet on the embedded registry', () => {
  let zk: EmbeddedZooKeeper;
  let fleet: DemoFleet;
  let app: RunningSwitchboard;
  let registrar: DubboRegistrar;
  let registryAddress: string;

  beforeAll(async () => {
    zk = new EmbeddedZooKeeper({ tickTime: 500 });
    ({ connectString: registryAddress } = await zk.start());
  });

  afterAll(async () => {
    await zk?.stop();
  });

  // Each test gets its own chroot with a fleet registering into it and a console mirroring it.
  beforeEach(async () => {
    const connectString = `${registryAddress}${await uniqueChroot({ connectString: registryAddress })}`;
    fleet = new DemoFleet({
      connectString,
      seed: 7,
      churnIntervalMs: 1500,
      churnPauseMs: 1500,
      callsPerSecond: 1500,
      statsWindowMs: 2000,
      logger: pino({ level: 'silent' }),
    });
    await fleet.start();
    app = await startTestConsole(`zookeeper://${connectString}`);
    registrar = await DubboRegistrar.connect(connectString);
  });

  afterEach(async () => {
    await registrar?.close();
    await app?.stop();
    await fleet?.stop();
  });

  /** Calls to `key` per provider address since the fleet started. */
  const callsTo = (key: string): Record<string, number> =>
    Object.fromEntries(Object.entries(fleet.callStats().services[key]?.providers ?? {}).map(([a, p]) => [a, p.calls]));

  /** Waits for a stretch of `minCalls` calls to `key` that satisfies `check` (per-address call deltas). */
  async function waitForTraffic(key: string, minCalls: number, check: (delta: Record<string, number>) => boolean, message: string): Promise<void> {
    let mark = callsTo(key);
    await waitFor(
      () => {
        const now = callsTo(key);
        const delta = Object.fromEntries(Object.entries(now).map(([a, n]) => [a, n - (mark[a] ?? 0)]));
        if (Object.values(delta).reduce((x, y) => x + y, 0) < minCalls) return false;
        mark = now;
        return check(delta);
      },
      { timeoutMs: 30_000, message },
    );
  }

  it('shows the whole fleet: applications, services with groups and versions, instances', async () => {
    const health = await getJson<Health>(app.url, '/api/health');
    expect(health).toMatchObject({ status: 'ok', mirror: { services: fleet.size.services, applications: 8 } });
    const services = await getJson<ServiceList>(app.url, '/api/services?limit=100');
    expect(services.total).toBe(fleet.size.services);
    expect(services.items.map((s) => s.key)).toEqual(
      expect.arrayContaining([PAYMENT, 'promo/com.shop.pricing.PromotionService:1.0.0', 'com.shop.notify.NotificationService']),
    );
    const apps = await getJson<ApplicationList>(app.url, '/api/applications');
    expect(apps.items.map((a) => a.name).sort()).toEqual([...fleet.applications].sort());
    const instances = apps.items.reduce((n, a) => n + a.instanceCount, 0);
    // Churn keeps an instance or two away at any moment.
    expect(instances).toBeGreaterThanOrEqual(fleet.size.instances - 4);
    const order = await getJson<ApplicationDetail>(app.url, '/api/applications/order-service');
    expect(order.callees).toEqual(expect.arrayContaining(['payment-service', 'inventory-service', 'notification-service']));
  });

  it('reflects the rules that came with the fleet: legacy disable and YAML weight', async () => {
    const providerOf = async (key: string, address: string): Promise<ServiceDetail['providers'][number] | undefined> =>
      (await getJson<ServiceDetail>(app.url, detailPath(key))).providers.find((p) => p.address === address);
    // Churn may have taken the instance away for a moment: wait for it.
    expect(await waitFor(() => providerOf(PAYMENT, '10.10.2.16:20881'))).toMatchObject({ enabled: false, share: 0 });
    expect(await waitFor(() => providerOf('com.shop.user.UserService:1.0.0', '10.10.4.11:20880'))).toMatchObject({ weight: 300 });
    await waitForTraffic(PAYMENT, 200, (d) => (d['10.10.2.16:20881'] ?? 0) === 0 && Object.keys(d).length >= 3, 'no calls to the disabled payment provider');
  });

  it('moves the traffic when a weight rule is written into ZooKeeper', async () => {
    const target = '10.10.2.12:20881';
    await registrar.writeRule(PAYMENT_RULE_NODE, paymentWeightRule(target, 400));
    await waitFor(async () => {
      const detail = await getJson<ServiceDetail>(app.url, detailPath(PAYMENT));
      return detail.providers.find((p) => p.address === target)?.weight === 400;
    }, { message: 'console shows weight 400' });
    // Up to four other enabled providers at 100 each (churn may take one away): the target gets 50-80 %.
    await waitForTraffic(PAYMENT, 300, (d) => {
      const total = Object.values(d).reduce((x, y) => x + y, 0);
      const share = (d[target] ?? 0) / total;
      return share > 0.45 && share < 0.85;
    }, 'weight 400 gives the target about half of the calls');

    await registrar.writeRule(PAYMENT_RULE_NODE, paymentWeightRule(target, 0));
    await waitFor(async () => {
      const detail = await getJson<ServiceDetail>(app.url, detailPath(PAYMENT));
      return detail.providers.find((p) => p.address === target)?.weight === 0;
    }, { message: 'console shows weight 0' });
    await waitForTraffic(PAYMENT, 300, (d) => (d[target] ?? 0) === 0, 'weight 0: the target gets no calls');
    await registrar.client.remove(`/dubbo/config/dubbo/${PAYMENT_RULE_NODE}`);
    await waitForTraffic(PAYMENT, 300, (d) => (d[target] ?? 0) > 0, 'rule removed: the target gets calls again');
  });

  it('stops calls to a provider disabled by a consumer-side rule, for 2.7 and 3.x consumers alike', async () => {
    const target = '10.10.7.12:20883';
    await waitForTraffic(AUDIT, 200, (d) => (d[target] ?? 0) > 0, 'the audit provider gets calls before the rule');
    await registrar.writeRule(AUDIT_RULE_NODE, auditDisableRule(target));
    await waitFor(async () => {
      const detail = await getJson<ServiceDetail>(app.url, detailPath(AUDIT));
      return detail.providers.find((p) => p.address === target)?.enabled === false;
    }, { message: 'console shows the provider disabled' });
    await waitForTraffic(AUDIT, 400, (d) => (d[target] ?? 0) === 0, 'disabled: no calls from any consumer');
    await registrar.client.remove(`/dubbo/config/dubbo/${AUDIT_RULE_NODE}`);
  });

  it('moves the consumers’ calls step by step as a weighted gray release advances through 5, 25, 50 and 100%', async () => {
    const INVENTORY = 'com.shop.inventory.InventoryService';
    const canary = '10.10.3.17:50051';
    const share = (d: Record<string, number>): number => (d[canary] ?? 0) / Object.values(d).reduce((x, y) => x + y, 0);
    const post = async (path: string, body: unknown): Promise<Response> =>
      fetch(new URL(path, app.url), { method: 'POST', headers: await writeHeaders(app.url), body: JSON.stringify(body) });
    const created = await post('/api/releases', { application: 'inventory-service', service: INVENTORY, mode: 'weighted', canary: { addresses: [canary] }, steps: [5, 25, 50, 100], start: true });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    // Gateway (3.3) and order-service (3.2) consume it. Churn takes an instance away now and then, which moves
    // the realised share a little: the call bounds leave room for one; the predicted share is exact (±1 point).
    const bounds: Record<number, [number, number]> = { 5: [0.02, 0.1], 25: [0.19, 0.33], 50: [0.42, 0.62], 100: [0.97, 1] };
    for (const [index, percent] of [5, 25, 50, 100].entries()) {
      if (index > 0) expect((await post(`/api/releases/${id}/advance`, {})).status).toBe(200);
      await waitFor(async () => {
        const detail = await getJson<ServiceDetail>(app.url, detailPath(INVENTORY));
        const predicted = detail.providers.find((p) => p.address === canary)?.share;
        return predicted !== undefined && Math.abs(predicted - percent / 100) <= 0.01 && detail.providers.length >= 7;
      }, { timeoutMs: 20_000, message: `the console predicts ${percent}% for the canary` });
      const [low, high] = bounds[percent] ?? [0, 1];
      await waitForTraffic(INVENTORY, 1500, (d) => share(d) >= low && share(d) <= high, `about ${percent}% of the calls at that step`);
    }
  }, 150_000);

  it('churn makes an instance disappear and come back', async () => {
    const instances = async (): Promise<Set<string>> => {
      const details = await Promise.all(
        fleet.applications.map((name) => getJson<ApplicationDetail>(app.url, `/api/applications/${name}`).catch(() => undefined)),
      );
      return new Set(details.flatMap((d) => d?.instances.map((i) => `${d.name}@${i.address}`) ?? []));
    };
    const seen = await instances();
    const gone = await waitFor(async () => {
      const now = await instances();
      return [...seen].find((i) => !now.has(i));
    }, { timeoutMs: 20_000, message: 'an instance disappears' });
    await waitFor(async () => (await instances()).has(gone), { timeoutMs: 20_000, message: `${gone} comes back` });
  });
});
