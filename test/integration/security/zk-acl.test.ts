// ZooKeeper ACLs end to end, on a real ZooKeeper: the console's own state (history, audit, leader election)
// carries --state-acl so applications cannot rewrite it, the rule nodes it creates carry --rule-acl, and a
// registry that refuses the console's credentials answers 403 REGISTRY_ACCESS_DENIED while the console keeps
// serving. The registry password never appears in GET /api/health nor in the logs.

import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import * as fx from '../../fixtures/registry/mixed-registry.ts';
import { startSeededSwitchboard, type SeededSwitchboard } from '../../support/seeded-switchboard.ts';
import { requireZooKeeper, useZooKeeper } from '../../support/use-zookeeper.ts';
import { writeHeaders } from '../../support/csrf.ts';
import { parseAclSpec, zkDigestId, type ZkAclEntry } from '../../../server/zk/acl-spec.ts';
import { ZkClient } from '../../../server/zk/zk-client.ts';
import { parseRegistryAddress } from '../../../server/zk/registry-address.ts';
import { isZkError } from '../../../server/zk/zk-error.ts';

const USER = 'switchboard';
const PASSWORD = 's3cret-zk-pass';
const CREDENTIALS = `?username=${USER}&password=${PASSWORD}`;
const STATE_ACL = `digest:${zkDigestId(USER, PASSWORD)}:cdrwa,world:anyone:r`;
const RULE_ACL = `digest:${zkDigestId(USER, PASSWORD)}:cdrwa,world:anyone:r,ip:127.0.0.1:r`;
const CONFIG = '/dubbo/config/dubbo';
const DEMO_RULE = `${CONFIG}/${fx.DEMO}::.configurators`;
const ORDER_RULE = `${CONFIG}/${fx.ORDER}::.configurators`;
const weightPath = (service: string, instance: string): string => `/api/services/${encodeURIComponent(service)}/instances/${instance}/weight`;

interface Answer {
  readonly status: number;
  readonly body: { error?: { code?: string; message?: string; details?: { path?: string } } } & Record<string, unknown>;
}

async function send(base: string, method: string, path: string, body?: unknown): Promise<Answer> {
  const headers = body === undefined ? {} : await writeHeaders(base);
  const res = await fetch(new URL(path, base), { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  return { status: res.status, body: (await res.json().catch(() => ({}))) as Answer['body'] };
}

async function expectNoAuth(attempt: Promise<unknown>): Promise<void> {
  const outcome = await attempt.then(() => 'allowed', (error: unknown) => (isZkError(error) ? error.code : String(error)));
  expect(outcome).toBe('NO_AUTH');
}

async function eventually<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.runIf(requireZooKeeper())('ZooKeeper ACLs', () => {
  const zk = useZooKeeper();
  const clients: ZkClient[] = [];
  let running: (SeededSwitchboard & { stop(): Promise<void> }) | undefined;
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.stop()));
    await running?.stop();
    running = undefined;
  });

  async function connect(connectString: string, credentials = ''): Promise<ZkClient> {
    const client = new ZkClient({ address: parseRegistryAddress(`zookeeper://${connectString}${credentials}`) });
    clients.push(client);
    await client.start();
    return client;
  }

  it('puts the state ACL on history, audit and state folders and the rule ACL on created rule nodes', async () => {
    running = await startSeededSwitchboard(zk.connectString, {
      prefix: 'acl',
      query: CREDENTIALS,
      console: { stateAcl: parseAclSpec(STATE_ACL), ruleAcl: parseAclSpec(RULE_ACL) },
    });
    const { app, registrar, connect: chrooted } = running;
    await registrar.client.remove(DEMO_RULE); // so the console creates the rule node
    const written = await send(app.url, 'PUT', weightPath(fx.DEMO, '10.0.0.4:20880'), { weight: 55, reason: 'acl test' });
    expect(written.status).toBe(200);

    const outsider = registrar.client; // no credentials
    const history = `/switchboard/history/${(await outsider.getChildren('/switchboard/history'))[0]}`;
    const version = `${history}/${(await outsider.getChildren(history))[0]}`;
    const entry = `/switchboard/audit/${(await outsider.getChildren('/switchboard/audit'))[0]}`;
    const leader = await eventually(async () => ((await outsider.exists('/switchboard/leader/releases')) ? '/switchboard/leader/releases' : undefined), 'the election folder');
    // ZooKeeper shows digest hashes only to a session with ADMIN on the node (others see `user:x`).
    const consoleSession = await connect(chrooted, CREDENTIALS);
    const stateAcl: ZkAclEntry[] = parseAclSpec(STATE_ACL);
    for (const path of ['/switchboard', '/switchboard/history', history, version, '/switchboard/audit', entry, '/switchboard/leader', leader]) {
      expect({ path, acl: await consoleSession.getAcl(path) }).toEqual({ path, acl: stateAcl });
    }
    expect(await consoleSession.getAcl(DEMO_RULE)).toEqual(parseAclSpec(RULE_ACL));
    expect((await outsider.getAcl(entry))[0]).toEqual({ scheme: 'digest', id: `${USER}:x`, permission: 31 });

    // Everyone may read; without the console's credentials nobody may change or delete.
    expect((await outsider.getData(entry)).data?.toString('utf8')).toContain('acl test');
    await expectNoAuth(outsider.setData(entry, Buffer.from('{"forged":true}')));
    await expectNoAuth(outsider.remove(entry));
    await expectNoAuth(outsider.setData(version, Buffer.from('forged')));
    await expectNoAuth(outsider.create('/switchboard/audit/e-forged'));
    await expectNoAuth(outsider.setData(DEMO_RULE, Buffer.from('forged')));
    // zkDigestId is ZooKeeper's digest: a session authenticated as the console may change the nodes.
    await expect(consoleSession.setData('/switchboard/history', Buffer.alloc(0))).resolves.toMatchObject({ version: 1 });
  });

  it('answers 403 REGISTRY_ACCESS_DENIED when the registry refuses the console, and keeps serving', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'debug' }, new Writable({ write: (chunk: Buffer, _enc, done) => (lines.push(chunk.toString('utf8')), done()) }));
    running = await startSeededSwitchboard(zk.connectString, { prefix: 'acl-deny', query: CREDENTIALS, console: { logger } });
    const { app, registrar, connect: chrooted } = running;
    const outsider = registrar.client;
    const other = parseAclSpec(`digest:${zkDigestId('someone-else', 'x')}:cdrwa,world:anyone:r`);

    // A rule the console may not read: the mirror warns and goes on.
    const hidden = `${CONFIG}/com.foo.Hidden::.configurators`;
    const owner = new ZkClient({
      address: parseRegistryAddress(`zookeeper://${chrooted}?username=someone-else&password=x`),
      acls: [{ prefix: hidden, acl: parseAclSpec(`digest:${zkDigestId('someone-else', 'x')}:cdrwa`) }],
    });
    clients.push(owner);
    await owner.start();
    await owner.create(hidden, Buffer.from('configVersion: v2.7\n'));
    const warning = await eventually(async () => {
      const { body } = await send(app.url, 'GET', '/api/warnings');
      return (body['items'] as Array<{ path: string; code: string; message: string }>).find((w) => w.path.endsWith(hidden));
    }, 'the mirror warning about the unreadable rule');
    expect(warning).toMatchObject({ code: 'READ_FAILED' });
    expect(warning.message).toContain('NO_AUTH');

    // The folder refuses creating a rule node; an existing rule node refuses changing it.
    await outsider.remove(DEMO_RULE);
    await outsider.setAcl(CONFIG, other);
    await outsider.setAcl(ORDER_RULE, other);
    const denied = await send(app.url, 'PUT', weightPath(fx.DEMO, '10.0.0.4:20880'), { weight: 55, reason: 'denied' });
    expect(denied.status).toBe(403);
    expect(denied.body.error).toMatchObject({ code: 'REGISTRY_ACCESS_DENIED', details: { path: DEMO_RULE } });
    expect(denied.body.error?.message).toContain("refused the console's credentials");
    const deniedChange = await send(app.url, 'PUT', weightPath(fx.ORDER, '10.0.1.1:50051'), { weight: 40, reason: 'denied' });
    expect(deniedChange.status).toBe(403);
    expect(deniedChange.body.error).toMatchObject({ code: 'REGISTRY_ACCESS_DENIED', details: { path: ORDER_RULE } });
    expect(await registrar.client.exists(DEMO_RULE)).toBeUndefined();

    // Still serving: health, a read, and a write once the registry allows it again.
    const health = await send(app.url, 'GET', '/api/health');
    expect(health.status).toBe(200);
    expect((await send(app.url, 'GET', `/api/services/${encodeURIComponent(fx.DEMO)}`)).status).toBe(200);
    await owner.setAcl(CONFIG, parseAclSpec('world:anyone:cdrwa')); // only the ACL's owner may change it now
    expect((await send(app.url, 'PUT', weightPath(fx.DEMO, '10.0.0.4:20880'), { weight: 55, reason: 'allowed' })).status).toBe(200);

    // The registry password is neither answered nor logged.
    const address = (health.body['registry'] as { address: string }).address;
    expect(address).toContain(`${USER}@`);
    expect(JSON.stringify(health.body)).not.toContain(PASSWORD);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter((line) => line.includes(PASSWORD))).toEqual([]);
  });
});
