// Automatic release advances against a real ZooKeeper: console replicas elect one leader, which advances a
// release when a step's hold ends — exactly once per step with two replicas running, continuing on the
// other replica after the leader process is killed (its session expires), and after a console restart (the
// release and its hold live in ZooKeeper). Every automatic move is on the timeline and in the audit.

import { afterEach, describe, expect, it } from 'vitest';
import type { AuditList } from '../../server/contract/audit.ts';
import type { Release } from '../../server/contract/releases.ts';
import type { RunningSwitchboard } from '../../server/switchboard.ts';
import { startConsoleProcess, type ConsoleProcess } from '../support/console-process.ts';
import { DubboRegistrar } from '../support/dubbo-registrar.ts';
import { openEventStream, type SseConnection } from '../support/sse-client.ts';
import { startTestConsole } from '../support/test-console.ts';
import { requireZooKeeper, uniqueChroot, useZooKeeper } from '../support/use-zookeeper.ts';
import { waitFor } from '../support/wait-for.ts';
import { call } from './governance-support.ts';

const CART = 'com.shop.CartService';
const HOSTS = ['10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.4'];
const providerUrl = (host: string): string =>
  `dubbo://${host}:20880/${CART}?application=cart&deprecated=false&dubbo=2.0.2&dynamic=true&interface=${CART}&methods=get&release=3.3.1&side=provider`;

const automatic = (release: Release) => release.timeline.filter((t) => t.kind === 'hold-elapsed');

describe.runIf(requireZooKeeper())('automatic release advances', () => {
  const zk = useZooKeeper();
  const stops: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const stop of stops.splice(0).reverse()) await stop();
  });

  let registrar: DubboRegistrar;
  async function seeded(): Promise<string> {
    const chroot = await uniqueChroot(zk);
    const connected = await DubboRegistrar.connect(`${zk.connectString}${chroot}`);
    registrar = connected;
    stops.push(() => connected.close());
    for (const host of HOSTS) await connected.registerProvider(providerUrl(host));
    return `zookeeper://${zk.connectString}${chroot}?session=4000`;
  }

  function processReplica(registry: string): ConsoleProcess {
    const replica = startConsoleProcess(['--registry', registry, '--port', '0', '--host', '127.0.0.1']);
    stops.push(() => replica.kill());
    return replica;
  }

  const leads = (replica: ConsoleProcess): boolean => replica.logLines().some((l) => l['msg'] === 'this replica now leads');
  const release = async (base: string, id: string) => (await call<Release>(base, 'GET', `/api/releases/${id}`)).body;
  const create = async (base: string, holdSeconds: number[], steps = [10, 40, 70]) => {
    const created = await call<Release>(base, 'POST', '/api/releases', {
      application: 'cart',
      service: CART,
      mode: 'weighted',
      canary: { addresses: ['10.0.0.1:20880'] },
      steps,
      holdSeconds,
      start: true,
      reason: 'canary of the new cart build',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body;
  };

  it('advances once per step with two replicas, and the other replica carries on when the leader is killed', async () => {
    const registry = await seeded();
    const first = processReplica(registry);
    const firstUrl = await first.consoleUrl();
    await waitFor(() => leads(first), { timeoutMs: 20_000, message: 'the first replica leads' });
    const second = processReplica(registry);
    const secondUrl = await second.consoleUrl();
    const events: SseConnection = await openEventStream(new URL('/api/events', secondUrl).toString());
    stops.push(() => events.close());

    const created = await create(firstUrl, [2, 4, 0]);
    await waitFor(async () => (await release(secondUrl, created.id)).currentStep === 1, { timeoutMs: 20_000, message: 'step 2 after the hold' });
    // The follower learns of the leader's move through the watch on the release document.
    await waitFor(() => events.events.some((e) => e.event === 'releases' && (JSON.parse(e.data) as { ids: string[] }).ids.includes(created.id)), {
      message: 'a releases event on the other replica',
    });

    const health = async (base: string) => (await call<{ replica: { leadsReleases: boolean } }>(base, 'GET', '/api/health')).body.replica;
    expect([await health(firstUrl), await health(secondUrl)]).toEqual([{ leadsReleases: true }, { leadsReleases: false }]);
    first.kill();
    await waitFor(() => leads(second), { timeoutMs: 30_000, message: 'the second replica leads once the killed one’s session expired' });
    expect(await health(secondUrl)).toEqual({ leadsReleases: true });
    const last = await waitFor(async () => {
      const r = await release(secondUrl, created.id);
      return r.currentStep === 2 ? r : undefined;
    }, { timeoutMs: 30_000, message: 'step 3 reached by the new leader' });

    const moves = automatic(last);
    expect(moves.map((m) => [m.from.step, m.to.step])).toEqual([[0, 1], [1, 2]]);
    expect(moves[0]?.actor).toContain(`:${new URL(firstUrl).port} `);
    expect(moves[1]?.actor).toContain(`:${new URL(secondUrl).port} `);
    expect(moves.map((m) => m.reason)).toEqual(['step 1 held for 2 s', 'step 2 held for 4 s']);
    // The last step holds 0 s: it waits for an operator, and nobody moved it twice.
    expect(last.state).toMatchObject({ kind: 'running', step: 2 });
    const audit = (await call<AuditList>(secondUrl, 'GET', '/api/audit?limit=100')).body.items.filter((e) => e.releaseId === created.id);
    expect(audit.map((e) => e.action).sort()).toEqual(['release-advance', 'release-advance', 'release-start']);
  }, 120_000);

  it('keeps a release’s hold across a console restart and completes it after the last step’s hold', async () => {
    const registry = await seeded();
    let app: RunningSwitchboard = await startTestConsole(registry, { coalesceMs: 10 });
    stops.push(() => app.stop());
    const created = await create(app.url, [1, 2], [20, 60]);
    await app.stop();

    // Nobody runs while the hold of step 1 ends; the next console finds it overdue and moves on.
    app = await startTestConsole(registry, { coalesceMs: 10 });
    stops.push(() => app.stop());
    // Eventual, not timed: a loaded CI machine may take long to start, sync and elect; the message says where it stood.
    let seen: Release | undefined;
    const done = await waitFor(async () => {
      seen = await release(app.url, created.id);
      return seen.state.kind === 'promoted' ? seen : undefined;
    }, { timeoutMs: 45_000, message: () => `promoted after both holds (stood at ${JSON.stringify(seen?.state)}, timeline ${JSON.stringify(seen?.timeline.map((t) => t.kind))})` });
    expect(automatic(done).map((m) => [m.from.state, m.from.step, m.to.state, m.to.step])).toEqual([
      ['running', 0, 'running', 1],
      ['running', 1, 'promoted', null],
    ]);
  }, 60_000);

  it('pauses a running release by itself when its canary has been gone for the grace time, or its rule file is edited by hand', async () => {
    const registry = await seeded();
    const app = await startTestConsole(registry, { coalesceMs: 10, canaryGraceMs: 500 });
    stops.push(() => app.stop());
    const gone = await create(app.url, [0, 0, 0]);
    await registrar.unregister(providerUrl('10.0.0.1'));
    const paused = await waitFor(async () => {
      const r = await release(app.url, gone.id);
      return r.state.kind === 'paused' ? r : undefined;
    }, { message: 'paused after the canary left' });
    expect(paused.timeline.at(-1)).toMatchObject({ kind: 'canary-gone', from: { state: 'running', step: 0 }, to: { state: 'paused', step: 0 } });
    expect(paused.timeline.at(-1)?.actor).toMatch(/^switchboard:/);

    // One active release per service: roll the first back before the next, whose file is then edited by hand.
    await registrar.registerProvider(providerUrl('10.0.0.1'));
    // The next release plans against the mirror: wait until it has seen the canary come back.
    await waitFor(async () => {
      const d = (await call<{ providers?: Array<{ address: string }> }>(app.url, 'GET', `/api/services/${CART}`)).body;
      return d.providers?.some((p) => p.address === '10.0.0.1:20880') ? true : undefined;
    }, { message: 'the canary back in the mirror' });
    expect((await call(app.url, 'POST', `/api/releases/${gone.id}/rollback`, { reason: 'canary came back, start over' })).status).toBe(200);
    const edited = await create(app.url, [0, 0, 0]);
    const node = `/dubbo/config/dubbo/${CART}::.configurators`;
    const text = (await registrar.client.getData(node)).data?.toString('utf8') ?? '';
    await registrar.client.setData(node, Buffer.from(text.replace(/weight: (\d+)/, 'weight: 7')));
    const conflict = await waitFor(async () => {
      const r = await release(app.url, edited.id);
      return r.state.kind === 'paused' ? r : undefined;
    }, { message: 'paused after the hand edit' });
    expect(conflict.timeline.at(-1)).toMatchObject({ kind: 'conflict', to: { state: 'paused', step: 0 } });
  }, 60_000);
});
