// Accountability and the tamper-evident audit trail against a real ZooKeeper (and the embedded server):
// every entry names the user, how they signed in, where from and the request id; governance writes and
// release moves form one hash chain that GET /api/audit/verify walks; a changed, deleted or replaced entry
// written behind the console's back is reported where the chain breaks; only admins may ask.
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditList, AuditVerification } from '../../server/contract/audit.ts';
import type { Release } from '../../server/contract/releases.ts';
import type { RunningSwitchboard } from '../../server/switchboard.ts';
import type { DubboRegistrar } from '../support/dubbo-registrar.ts';
import { registryBackends, useRegistry } from '../support/registry-backends.ts';
import { startTestConsole } from '../support/test-console.ts';
import { usersSecurity } from '../support/users-security.ts';
import { APP, CART, HEAD, AUDIT, appWeightPath, cartFleet, rawEntries, send, sha256, signIn, weightPath } from './audit-chain-support.ts';

describe.each(registryBackends.filter((b) => b.available()))('the audit trail over $name', (backend) => {
  const registry = useRegistry(backend);
  let registrar: DubboRegistrar | undefined;
  let consoles: RunningSwitchboard[] = [];

  const start = async (security?: Awaited<ReturnType<typeof usersSecurity>>): Promise<RunningSwitchboard> => {
    if (!registrar) throw new Error('no fleet');
    const app = await startTestConsole(`zookeeper://${fleetConnect}`, { coalesceMs: 10, ...(security === undefined ? {} : { security }) });
    consoles.push(app);
    return app;
  };
  let fleetConnect = '';
  const fleet = async (): Promise<DubboRegistrar> => {
    const made = await cartFleet(registry.current.connectString);
    registrar = made.registrar;
    fleetConnect = made.connect;
    return made.registrar;
  };
  const verify = async (base: string) => (await send<AuditVerification>(base, 'GET', '/api/audit/verify')).body;

  afterEach(async () => {
    await Promise.all(consoles.map((c) => c.stop()));
    consoles = [];
    await registrar?.close();
    registrar = undefined;
  });

  it('records who, how, from where and which request; rule writes and release moves form one verified chain', async () => {
    const zk = (await fleet()).client;
    const app = await start();
    const weight = await send(app.url, 'PUT', weightPath('10.0.0.2'), { weight: 150, reason: 'load test' });
    expect(weight.status).toBe(200);
    const created = await send<Release>(app.url, 'POST', '/api/releases', { application: APP, service: CART, mode: 'weighted', canary: { addresses: ['10.0.0.1:20880'] }, steps: [10, 50], start: true });
    expect(created.body.state.kind).toBe('running');
    const paused = await send<Release>(app.url, 'POST', `/api/releases/${created.body.id}/pause`, { reason: 'hold on' });
    expect(paused.body.state.kind).toBe('paused');

    const items = (await send<AuditList>(app.url, 'GET', '/api/audit')).body.items;
    expect(items.map((e) => e.action)).toEqual(['release-pause', 'release-start', 'set-weight']);
    for (const [entry, answer] of [[items[2], weight], [items[1], created], [items[0], paused]] as const) {
      expect(entry).toMatchObject({ actor: 'local-operator', via: 'local', requestId: answer.requestId });
      expect(entry?.source).toMatch(/127\.0\.0\.1$/);
      expect(entry?.requestId).toMatch(/\S/);
    }
    // The actor filter still matches on the user name.
    expect((await send<AuditList>(app.url, 'GET', '/api/audit?actor=local-operator')).body.items).toHaveLength(3);

    const raw = await rawEntries(zk);
    expect(raw).toHaveLength(3);
    expect(raw[0]?.record['prevHash']).toBe('0'.repeat(64));
    for (let i = 1; i < raw.length; i++) expect(raw[i]?.record['prevHash']).toBe(sha256(raw[i - 1]?.bytes ?? Buffer.alloc(0)));
    expect(JSON.parse((await zk.getData(HEAD)).data?.toString('utf8') ?? '')).toEqual({ hash: sha256(raw[2]?.bytes ?? Buffer.alloc(0)) });
    expect(await verify(app.url)).toMatchObject({ ok: true, checked: 3, unchained: 0, firstBroken: null });
  });

  it('two replicas writing at once keep one intact chain and lose no entry', async () => {
    const zk = (await fleet()).client;
    const [a, b] = [await start(), await start()];
    const writes = ['10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.4'].flatMap((host, i) => [
      { base: (i % 2 === 0 ? a : b).url, path: weightPath(host), weight: 110 + i },
      { base: (i % 2 === 0 ? b : a).url, path: appWeightPath(host), weight: 120 + i },
    ]);
    const answers = await Promise.all(writes.map((w) => send<{ status: string; auditId: string }>(w.base, 'PUT', w.path, { weight: w.weight })));
    expect(answers.map((r) => [r.status, r.body.status])).toEqual(writes.map(() => [200, 'applied']));
    const raw = await rawEntries(zk);
    expect(raw.map((e) => e.id).sort()).toEqual(answers.map((r) => r.body.auditId).sort());
    expect(new Set(raw.map((e) => e.record['requestId'])).size).toBe(writes.length);
    for (let i = 1; i < raw.length; i++) expect(raw[i]?.record['prevHash'], raw[i]?.id).toBe(sha256(raw[i - 1]?.bytes ?? Buffer.alloc(0)));
    for (const replica of [a, b]) expect(await verify(replica.url)).toMatchObject({ ok: true, checked: writes.length, firstBroken: null });
  });

  it('reports an entry changed, deleted or replaced in ZooKeeper where the chain breaks', async () => {
    const zk = (await fleet()).client;
    const app = await start();
    for (const [i, host] of ['10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.4'].entries()) {
      expect((await send(app.url, 'PUT', weightPath(host), { weight: 101 + i })).status).toBe(200);
    }
    const raw = await rawEntries(zk);
    const [e0, e1, e2, e3] = raw.map((e) => e.id);
    expect(await verify(app.url)).toMatchObject({ ok: true, checked: 4 });

    const forged = Buffer.from(JSON.stringify({ ...raw[1]?.record, actor: 'someone-else' }));
    await zk.setData(`${AUDIT}/${e1}`, forged);
    expect(await verify(app.url)).toMatchObject({ ok: false, checked: 3, firstBroken: { id: e2, reason: 'hash-mismatch' } });
    await zk.setData(`${AUDIT}/${e1}`, raw[1]?.bytes ?? Buffer.alloc(0));
    expect((await verify(app.url)).ok).toBe(true);

    await zk.setData(`${AUDIT}/${e3}`, Buffer.from(JSON.stringify({ ...raw[3]?.record, reason: 'nothing happened' })));
    expect(await verify(app.url)).toMatchObject({ ok: false, checked: 4, firstBroken: { id: e3, reason: 'head-mismatch' } });
    await zk.setData(`${AUDIT}/${e3}`, raw[3]?.bytes ?? Buffer.alloc(0));

    await zk.remove(`${AUDIT}/${e1}`);
    const deleted = await verify(app.url);
    expect(deleted).toMatchObject({ ok: false, firstBroken: { id: e2, reason: 'missing-link' } });
    expect(deleted.firstBroken?.message).toContain(e0);
  });

  it('answers the verification to admins only', async () => {
    await fleet();
    const people = [
      { name: 'vera', role: 'viewer', password: 'vera-pass' },
      { name: 'olga', role: 'operator', password: 'olga-pass' },
      { name: 'ada', role: 'admin', password: 'ada-pass' },
    ] as const;
    const app = await start(await usersSecurity(people));
    const [vera, olga, ada] = await Promise.all(people.map((p) => signIn(app.url, p.name, p.password)));
    const written = await send(app.url, 'PUT', weightPath('10.0.0.3'), { weight: 130 }, olga);
    expect(written.status).toBe(200);
    const entry = (await send<AuditList>(app.url, 'GET', '/api/audit', undefined, vera)).body.items[0];
    expect(entry).toMatchObject({ actor: 'olga', via: 'session', requestId: written.requestId });
    for (const cookie of [vera, olga]) {
      expect(await send(app.url, 'GET', '/api/audit/verify', undefined, cookie)).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN' } } });
    }
    expect(await send(app.url, 'GET', '/api/audit/verify')).toMatchObject({ status: 401 });
    expect(await send<AuditVerification>(app.url, 'GET', '/api/audit/verify', undefined, ada)).toMatchObject({ status: 200, body: { ok: true, checked: 1 } });
  });
});
