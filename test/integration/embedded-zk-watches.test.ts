// Watch semantics at the wire level: which reads register what, which writes fire what, the
// ordering of notifications relative to replies, persistent and recursive watches, the
// setWatches matrix and check/removeWatches. Expected values were observed on ZooKeeper 3.8.0.

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedZooKeeper } from '../../server/embedded-zk/embedded-zookeeper.ts';
import { body, RawZkSession, type TranscriptEntry } from '../support/raw-zk-driver.ts';

const Created = 1;
const Deleted = 2;
const DataChanged = 3;
const ChildrenChanged = 4;

const server = new EmbeddedZooKeeper();
let port = 0;
let writer: RawZkSession;
const opened: RawZkSession[] = [];
let prefix = '';
let counter = 0;

async function watcher(): Promise<RawZkSession> {
  const s = await RawZkSession.open(port);
  opened.push(s);
  return s;
}

/** Events of a transcript as [type, path], in arrival order. */
function events(entries: readonly TranscriptEntry[]): Array<[number, string | null]> {
  return entries.flatMap((e) => (e.kind === 'event' ? [[e.type, e.path] as [number, string | null]] : []));
}

/** Writes, then pings the watcher: every notification caused by the writes precedes the pong. */
async function settle(s: RawZkSession): Promise<Array<[number, string | null]>> {
  await s.call(11);
  return events(s.transcript);
}

beforeAll(async () => {
  port = (await server.start()).port;
  writer = await RawZkSession.open(port);
});

afterEach(async () => {
  for (const s of opened.splice(0)) s.destroy();
  counter += 1;
  prefix = `/t${counter}`;
  await writer.call(1, body.create(prefix));
});

afterAll(async () => {
  writer.destroy();
  await server.stop();
});

describe('one-shot watches', () => {
  it('sends the notification before the reply of the write that caused it, with zxid -1', async () => {
    const s = await watcher();
    await s.call(1, body.create('/own'));
    await s.call(4, body.pathWatch('/own', true));
    const reply = await s.call(5, body.setData('/own', 'x'));
    const tail = s.transcript.slice(-2);
    expect(tail[0]).toMatchObject({ kind: 'event', type: DataChanged, path: '/own', zxid: -1n, state: 3 });
    expect(tail[1]).toMatchObject({ kind: 'reply', xid: reply.xid });
  });

  it('fires exists watches on creation, getData/getChildren watches on change, once each', async () => {
    const s = await watcher();
    const p = `${prefix}/n`;
    expect((await s.call(3, body.pathWatch(p, true))).err).toBe(-101);
    expect((await s.call(4, body.pathWatch(`${p}-missing`, true))).err).toBe(-101);
    await writer.call(1, body.create(p));
    await writer.call(1, body.create(`${p}-missing`));
    await s.call(4, body.pathWatch(p, true));
    await s.call(12, body.pathWatch(p, true));
    await writer.call(5, body.setData(p, '1'));
    await writer.call(5, body.setData(p, '2'));
    await writer.call(1, body.create(`${p}/kid`));
    await writer.call(1, body.create(`${p}/kid2`));
    expect(await settle(s)).toEqual([[Created, p], [DataChanged, p], [ChildrenChanged, p]]);
  });

  it('reports a deletion once to a connection holding both data and child watches', async () => {
    const s = await watcher();
    const p = `${prefix}/gone`;
    await writer.call(1, body.create(p));
    await s.call(4, body.pathWatch(p, true));
    await s.call(8, body.pathWatch(p, true));
    await s.call(8, body.pathWatch(prefix, true));
    await writer.call(2, body.pathVersion(p));
    expect(await settle(s)).toEqual([[Deleted, p], [ChildrenChanged, prefix]]);
  });

  it('fires nothing for a failed multi and every op of a successful one in order', async () => {
    const s = await watcher();
    await s.call(8, body.pathWatch(prefix, true));
    await s.call(3, body.pathWatch(`${prefix}/a`, true));
    await writer.call(14, body.multi([[1, body.create(`${prefix}/a`)], [1, body.create(prefix)]]));
    expect(await settle(s)).toEqual([]);
    await writer.call(14, body.multi([[1, body.create(`${prefix}/a`)], [5, body.setData(`${prefix}/a`, 'x')]]));
    expect(await settle(s)).toEqual([[Created, `${prefix}/a`], [ChildrenChanged, prefix]]);
  });

  it('fires no watch for setACL', async () => {
    const s = await watcher();
    await s.call(4, body.pathWatch(prefix, true));
    await writer.call(7, body.setAcl(prefix, [[31, 'world', 'anyone']]));
    expect(await settle(s)).toEqual([]);
  });
});

describe('persistent watches (addWatch)', () => {
  it('recursive: sees creations, changes and deletions below, never ChildrenChanged', async () => {
    const s = await watcher();
    const r = `${prefix}/r`;
    const added = await s.call(106, body.pathType(r, 1));
    expect([added.err, added.body.int()]).toEqual([0, 0]);
    for (const p of [r, `${r}/x`, `${r}/x/y`]) await writer.call(1, body.create(p));
    await writer.call(5, body.setData(`${r}/x`, 'q'));
    await writer.call(2, body.pathVersion(`${r}/x/y`));
    await writer.call(5, body.setData(`${r}/x`, 'again'));
    expect(await settle(s)).toEqual([
      [Created, r], [Created, `${r}/x`], [Created, `${r}/x/y`], [DataChanged, `${r}/x`], [Deleted, `${r}/x/y`], [DataChanged, `${r}/x`],
    ]);
  });

  it('persistent: sees every event type on the node itself and stays armed', async () => {
    const s = await watcher();
    const p = `${prefix}/p`;
    await writer.call(1, body.create(p));
    await s.call(106, body.pathType(p, 0));
    await writer.call(1, body.create(`${p}/c`));
    await writer.call(1, body.create(`${p}/c/deep`));
    await writer.call(5, body.setData(p, '1'));
    await writer.call(5, body.setData(p, '2'));
    expect(await settle(s)).toEqual([[ChildrenChanged, p], [DataChanged, p], [DataChanged, p]]);
  });

  it('checkWatches tests without removing; removeWatches removes', async () => {
    const s = await watcher();
    const p = `${prefix}/cw`;
    await s.call(106, body.pathType(p, 1));
    expect((await s.call(17, body.pathType(p, 3))).err).toBe(0);
    expect((await s.call(17, body.pathType(p, 2))).err).toBe(0);
    expect((await s.call(17, body.pathType(`${p}/other`, 3))).err).toBe(-121);
    expect((await s.call(18, body.pathType(p, 3))).err).toBe(0);
    expect((await s.call(17, body.pathType(p, 3))).err).toBe(-121);
    expect((await s.call(18, body.pathType(p, 3))).err).toBe(-121);
    await writer.call(1, body.create(p));
    expect(await settle(s)).toEqual([]);
  });

  it('removeWatches by type only touches that table', async () => {
    const s = await watcher();
    const p = `${prefix}/rw`;
    await writer.call(1, body.create(p));
    await s.call(4, body.pathWatch(p, true));
    await s.call(8, body.pathWatch(p, true));
    expect((await s.call(18, body.pathType(p, 2))).err).toBe(0);
    expect((await s.call(18, body.pathType(p, 2))).err).toBe(-121);
    await writer.call(5, body.setData(p, 'x'));
    await writer.call(1, body.create(`${p}/c`));
    expect(await settle(s)).toEqual([[ChildrenChanged, p]]);
  });
});

describe('setWatches after a reconnect', () => {
  it('fires missed changes before the reply and re-registers the rest', async () => {
    const s = await watcher();
    const at = (name: string): string => `${prefix}/${name}`;
    for (const name of ['d', 'ds', 'c', 'cs']) await writer.call(1, body.create(at(name)));
    const seen = (await writer.call(11)).zxid;
    await writer.call(5, body.setData(at('ds'), 'changed'));
    await writer.call(1, body.create(`${at('cs')}/kid`));
    await writer.call(1, body.create(at('e')));
    const request = body.setWatches(seen, [at('d'), at('ds'), at('gone')], [at('e'), at('em')], [at('c'), at('cs'), at('gone2')]);
    const reply = await s.call(101, request, 42);
    expect(reply.xid).toBe(42);
    const order = s.transcript.map((e) => (e.kind === 'event' ? [e.type, e.path] : e.kind));
    expect(order).toEqual([
      [DataChanged, at('ds')], [Deleted, at('gone')], [Created, at('e')], [ChildrenChanged, at('cs')], [Deleted, at('gone2')], 'reply',
    ]);
    await writer.call(5, body.setData(at('d'), 'now'));
    await writer.call(1, body.create(at('em')));
    await writer.call(1, body.create(`${at('c')}/kid`));
    expect((await settle(s)).slice(5)).toEqual([[DataChanged, at('d')], [Created, at('em')], [ChildrenChanged, at('c')]]);
  });

  it('re-registers persistent and recursive watches with setWatches2', async () => {
    const s = await watcher();
    expect((await s.call(105, body.setWatches(0n, [], [], [], [`${prefix}/pp`], [`${prefix}/rr`]))).err).toBe(0);
    await writer.call(1, body.create(`${prefix}/pp`));
    await writer.call(1, body.create(`${prefix}/pp/kid`));
    await writer.call(1, body.create(`${prefix}/rr`));
    await writer.call(1, body.create(`${prefix}/rr/kid`));
    expect(await settle(s)).toEqual([[Created, `${prefix}/pp`], [ChildrenChanged, `${prefix}/pp`], [Created, `${prefix}/rr`], [Created, `${prefix}/rr/kid`]]);
  });
});

describe('session close', () => {
  it('deletes ephemerals with NodeDeleted and NodeChildrenChanged to watchers', async () => {
    const owner = await watcher();
    const s = await watcher();
    await owner.call(1, body.create(`${prefix}/e1`, null, 1));
    await owner.call(1, body.create(`${prefix}/e2`, null, 3));
    await s.call(8, body.pathWatch(prefix, true));
    await s.call(3, body.pathWatch(`${prefix}/e1`, true));
    await owner.call(-11);
    expect(await settle(s)).toEqual([[Deleted, `${prefix}/e1`], [ChildrenChanged, prefix]]);
    expect((await s.call(8, body.pathWatch(prefix))).body.strings()).toEqual([]);
  });
});
