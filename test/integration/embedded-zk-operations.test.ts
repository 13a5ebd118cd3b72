// Data operations at the wire level: error codes in ZooKeeper's check order, zxid accounting
// (failed writes consume a zxid, reads do not), Stat maintenance, sequential names, multi
// failure shapes and ACL enforcement. Expected values were observed on ZooKeeper 3.8.0.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedZooKeeper } from '../../server/embedded-zk/embedded-zookeeper.ts';
import { body, readMultiResults, RawZkSession, type RawReply } from '../support/raw-zk-driver.ts';
import { Wire } from '../support/raw-zk-wire.ts';

const server = new EmbeddedZooKeeper();
let zk: RawZkSession;
let other: RawZkSession;

beforeAll(async () => {
  const { port } = await server.start();
  zk = await RawZkSession.open(port);
  other = await RawZkSession.open(port);
  await zk.call(1, body.create('/ops', 'x'));
  await zk.call(1, body.create('/ops/full', 'x'));
  await zk.call(1, body.create('/ops/full/kid'));
  await zk.call(1, body.create('/ops/eph', null, 1));
});

afterAll(async () => {
  zk.destroy();
  other.destroy();
  await server.stop();
});

async function lastZxid(): Promise<bigint> {
  return (await zk.call(11)).zxid;
}

/** Runs a request and reports its error and how far it moved the zxid. */
async function outcome(type: number, request: Wire): Promise<{ err: number; zxidDelta: bigint; reply: RawReply }> {
  const before = await lastZxid();
  const reply = await zk.call(type, request);
  return { err: reply.err, zxidDelta: reply.zxid - before, reply };
}

describe('error codes and zxid accounting', () => {
  const cases: Array<[string, number, () => Wire, number, bigint]> = [
    ['create over an existing node', 1, () => body.create('/ops'), -110, 1n],
    ['create under a missing parent', 1, () => body.create('/missing/x'), -101, 1n],
    ['create "/bad/" (parent checked first)', 1, () => body.create('/bad/'), -101, 1n],
    ['create with a relative segment', 1, () => body.create('/ops/..'), -8, 1n],
    ['create without a leading slash', 1, () => body.create('nope'), -8, 1n],
    ['create with an empty ACL', 1, () => body.create('/e', null, 0, []), -114, 1n],
    ['create with unknown flags', 1, () => body.create('/f', null, 99), -8, 1n],
    ['create with a TTL flag', 1, () => body.create('/t', null, 5), -6, 1n],
    ['createTTL', 21, () => new Wire().raw(body.create('/t', null, 5).toBuffer()).long(1000), -6, 1n],
    ['create under an ephemeral', 1, () => body.create('/ops/eph/x'), -108, 1n],
    ['recreate an ephemeral (NODEEXISTS wins)', 1, () => body.create('/ops/eph', null, 1), -110, 1n],
    ['create with world:foo', 1, () => body.create('/w', null, 0, [[31, 'world', 'foo']]), -114, 1n],
    ['create with auth but no identity', 1, () => body.create('/w', null, 0, [[31, 'auth', '']]), -114, 1n],
    ['delete a missing node', 2, () => body.pathVersion('/missing'), -101, 1n],
    ['delete with a bad version (before NOTEMPTY)', 2, () => body.pathVersion('/ops/full', 5), -103, 1n],
    ['delete a node with children', 2, () => body.pathVersion('/ops/full'), -111, 1n],
    ['delete /', 2, () => body.pathVersion('/'), -8, 1n],
    ['delete /zookeeper', 2, () => body.pathVersion('/zookeeper'), -8, 1n],
    ['setData on /zookeeper/config', 5, () => body.setData('/zookeeper/config', 'x'), -102, 1n],
    ['setData with a bad version', 5, () => body.setData('/ops', 'y', 9), -103, 1n],
    ['setData on an invalid path', 5, () => body.setData('/ops/', 'y'), -8, 1n],
    ['setACL with a bad aversion', 7, () => body.setAcl('/ops', [[31, 'world', 'anyone']], 3), -103, 1n],
    ['setACL with a malformed digest id', 7, () => body.setAcl('/ops', [[31, 'digest', 'nocolon']]), -114, 1n],
    ['reconfig', 16, () => new Wire().str(null).str(null).str('server.1=x').long(-1), -123, 1n],
    ['getData on a missing node', 4, () => body.pathWatch('/missing'), -101, 0n],
    ['getData on an invalid path (reads do not validate)', 4, () => body.pathWatch('bad-path'), -101, 0n],
    ['exists with a NUL', 3, () => body.pathWatch('/a\u0000b'), -8, 0n],
    ['getChildren on a missing node', 8, () => body.pathWatch('/missing'), -101, 0n],
    ['getACL on a missing node', 6, () => body.path('/missing'), -101, 0n],
    ['checkWatches without a watch', 17, () => body.pathType('/ops', 3), -121, 0n],
    ['removeWatches with a 3.9-only type', 18, () => body.pathType('/ops', 5), -5, 0n],
    ['a truncated getData body', 4, () => new Wire().int(100), -5, 0n],
  ];

  it.each(cases)('%s', async (_name, type, request, err, zxidDelta) => {
    const result = await outcome(type, request());
    expect({ err: result.err, zxidDelta: result.zxidDelta, bodyLength: result.reply.body.left }).toEqual({ err, zxidDelta, bodyLength: 0 });
  });
});

describe('Stat maintenance and sequential names', () => {
  it('counts creates and deletes in cversion and numbers sequentials from creates only', async () => {
    await zk.call(1, body.create('/seq'));
    const created = await zk.call(15, body.create('/seq/c', null));
    expect(created.body.str()).toBe('/seq/c');
    const childStat = created.body.stat();
    expect(childStat).toMatchObject({ czxid: created.zxid, mzxid: created.zxid, pzxid: created.zxid, version: 0, dataLength: 0 });
    await zk.call(2, body.pathVersion('/seq/c'));
    const names: Array<string | null> = [];
    names.push((await zk.call(1, body.create('/seq/s-', null, 2))).body.str());
    await zk.call(1, body.create('/seq/plain'));
    names.push((await zk.call(1, body.create('/seq/s-', null, 2))).body.str());
    names.push((await zk.call(1, body.create('/seq/', null, 2))).body.str());
    expect(names).toEqual(['/seq/s-0000000001', '/seq/s-0000000003', '/seq/0000000004']);
    const parent = (await zk.call(3, body.pathWatch('/seq'))).body.stat();
    expect(parent).toMatchObject({ cversion: 6, numChildren: 4, version: 0 });
  });

  it('reports null and empty data distinctly, and the initial tree as ZooKeeper does', async () => {
    await zk.call(1, body.create('/nulls', null));
    await zk.call(1, body.create('/empty', Buffer.alloc(0)));
    expect((await zk.call(4, body.pathWatch('/nulls'))).body.buf()).toBeNull();
    expect((await zk.call(4, body.pathWatch('/empty'))).body.buf()).toEqual(Buffer.alloc(0));
    const config = await zk.call(6, body.path('/zookeeper/config'));
    expect(config.body.acls()).toEqual([[1, 'world', 'anyone']]);
    expect(config.body.stat()).toMatchObject({ aversion: -1, czxid: 0n, dataLength: 0 });
    expect((await zk.call(3, body.pathWatch('/zookeeper'))).body.stat()).toMatchObject({ cversion: -2, numChildren: 2 });
  });

  it('stamps ephemeralOwner on ephemerals and 0 on containers', async () => {
    const eph = await zk.call(15, body.create('/owned', null, 1));
    eph.body.str();
    expect(eph.body.stat().ephemeralOwner).toBe(zk.sessionId);
    const container = await zk.call(19, body.create('/box', null, 4));
    container.body.str();
    expect(container.body.stat().ephemeralOwner).toBe(0n);
  });
});

describe('multi', () => {
  it('reports a failed multi as all-error results and applies nothing', async () => {
    const reply = await zk.call(14, body.multi([[1, body.create('/m1')], [1, body.create('/ops')], [1, body.create('/m2')]]));
    expect(reply.err).toBe(0);
    expect(readMultiResults(reply.body)).toEqual([{ type: -1, err: 0 }, { type: -1, err: -110 }, { type: -1, err: -2 }]);
    expect((await zk.call(3, body.pathWatch('/m1'))).err).toBe(-101);
  });

  it('applies all ops under one zxid, each seeing the previous ones', async () => {
    const reply = await zk.call(14, body.multi([
      [1, body.create('/mt', 'd')],
      [13, body.pathVersion('/mt', 0)],
      [5, body.setData('/mt', 'e', 0)],
      [15, body.create('/mt/a', null)],
      [19, body.create('/mt/box', null, 4)],
      [1, body.create('/mt/s-', null, 2)],
      [1, body.create('/mt/s-', null, 2)],
      [2, body.pathVersion('/mt/a')],
    ]));
    const results = readMultiResults(reply.body);
    expect(results.map((r) => [r.type, r.err])).toEqual([[1, 0], [13, 0], [5, 0], [1, 0], [15, 0], [1, 0], [1, 0], [2, 0]]);
    expect(results.map((r) => r.path).filter(Boolean)).toEqual(['/mt', '/mt/a', '/mt/box', '/mt/s-0000000002', '/mt/s-0000000003']);
    expect(results[2]?.stat).toMatchObject({ version: 1, mzxid: reply.zxid, czxid: reply.zxid });
  });

  it('consumes a zxid for an empty multi and rejects read ops inside a multi', async () => {
    const empty = await outcome(14, body.multi([]));
    expect({ err: empty.err, delta: empty.zxidDelta, results: readMultiResults(empty.reply.body) }).toEqual({ err: 0, delta: 1n, results: [] });
    const mixed = await outcome(14, body.multi([[1, body.create('/mx')], [4, body.pathWatch('/ops')]]));
    expect({ err: mixed.err, delta: mixed.zxidDelta }).toEqual({ err: -5, delta: 1n });
  });

  it('answers multiRead op by op', async () => {
    const reply = await zk.call(22, body.multi([[4, body.pathWatch('/ops')], [8, body.pathWatch('/ops/full')], [4, body.pathWatch('/zz')]]));
    const r = reply.body;
    expect([r.int(), r.bool(), r.int(), r.buf()?.toString()]).toEqual([4, false, 0, 'x']);
    r.stat();
    expect([r.int(), r.bool(), r.int(), r.strings()]).toEqual([8, false, 0, ['kid']]);
    expect([r.int(), r.bool(), r.int(), r.int()]).toEqual([-1, false, -101, -101]);
    expect([r.int(), r.bool(), r.int()]).toEqual([-1, true, -1]);
  });
});

describe('ACLs', () => {
  it('expands auth into digest ids, masks them for non-admins and enforces them', async () => {
    await zk.call(100, body.auth('digest', 'u:p'), -4);
    await zk.call(1, body.create('/sec', 'x', 0, [[31, 'auth', '']]));
    expect((await zk.call(6, body.path('/sec'))).body.acls()).toEqual([[31, 'digest', 'u:Jq7wMyA/w2Vd5WIDAKdu4OIIFEQ=']]);
    expect((await other.call(4, body.pathWatch('/sec'))).err).toBe(-102);
    expect((await other.call(3, body.pathWatch('/sec'))).err).toBe(0);
    expect((await other.call(6, body.path('/sec'))).err).toBe(-102);
    await zk.call(7, body.setAcl('/sec', [[1, 'digest', 'u:Jq7wMyA/w2Vd5WIDAKdu4OIIFEQ='], [1, 'world', 'anyone']]));
    expect((await other.call(6, body.path('/sec'))).body.acls()).toEqual([[1, 'digest', 'u:x'], [1, 'world', 'anyone']]);
  });

  it('matches ip ACLs against the peer address with CIDR masks', async () => {
    await zk.call(1, body.create('/iponly', 'x', 0, [[31, 'ip', '127.0.0.0/8']]));
    expect((await other.call(4, body.pathWatch('/iponly'))).err).toBe(0);
    await zk.call(7, body.setAcl('/iponly', [[31, 'ip', '10.1.2.3']]));
    expect((await other.call(4, body.pathWatch('/iponly'))).err).toBe(-102);
  });
});
