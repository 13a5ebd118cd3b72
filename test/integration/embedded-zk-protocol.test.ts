// Wire-level behaviour of the embedded ZooKeeper, driven by the independent raw driver: framing,
// the handshake (36/37-byte responses, timeout clamping, reattach, refusal), pipelining, pings,
// auth, unknown opcodes and four-letter words. Expected values were observed on ZooKeeper 3.8.0.

import { connect } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedZooKeeper } from '../../server/embedded-zk/embedded-zookeeper.ts';
import { body, connectRequest, FrameSocket, RawZkSession } from '../support/raw-zk-driver.ts';
import { Wire, WireReader } from '../support/raw-zk-wire.ts';

const server = new EmbeddedZooKeeper({ tickTime: 2000, fourLetterWords: ['ruok', 'srvr', 'stat', 'mntr', 'conf', 'envi', 'cons', 'wchs'] });
let port = 0;
const opened: Array<{ destroy(): void }> = [];

async function session(options: Parameters<typeof RawZkSession.open>[1] = {}): Promise<RawZkSession> {
  const s = await RawZkSession.open(port, options);
  opened.push(s);
  return s;
}

async function fourLetterWord(word: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(word));
    let text = '';
    socket.on('data', (chunk) => (text += chunk.toString()));
    socket.on('end', () => resolve(text));
    socket.on('error', reject);
  });
}

beforeAll(async () => {
  port = (await server.start()).port;
});

afterEach(() => {
  for (const s of opened.splice(0)) s.destroy();
});

afterAll(async () => {
  await server.stop();
});

describe('handshake', () => {
  it('answers 37 bytes when the readOnly byte is sent and 36 bytes when it is not', async () => {
    const modern = await session({ readOnly: false });
    const legacy = await session({ readOnly: null });
    expect(modern.handshake.bodyLength).toBe(37);
    expect(modern.handshake.readOnly).toBe(false);
    expect(legacy.handshake.bodyLength).toBe(36);
    expect(legacy.handshake.readOnly).toBeNull();
    expect(modern.handshake.password).toHaveLength(16);
    expect(modern.sessionId).not.toBe(legacy.sessionId);
  });

  it('clamps the requested timeout to [2, 20] ticks', async () => {
    expect((await session({ timeout: 1000 })).handshake.timeout).toBe(4000);
    expect((await session({ timeout: 100_000 })).handshake.timeout).toBe(40_000);
    expect((await session({ timeout: 10_000 })).handshake.timeout).toBe(10_000);
  });

  it('consumes a zxid per created session', async () => {
    const a = await session();
    const before = (await a.call(11)).zxid;
    await session();
    await session();
    expect((await a.call(11)).zxid).toBe(before + 2n);
  });

  it('reattaches with the right password, closing the older connection', async () => {
    const first = await session({ timeout: 10_000 });
    const second = await session({ sessionId: first.sessionId, password: first.handshake.password, timeout: 6000 });
    expect(second.sessionId).toBe(first.sessionId);
    expect(second.handshake.timeout).toBe(6000);
    expect(second.handshake.password.equals(first.handshake.password)).toBe(true);
    await first.waitClosed();
    expect((await second.call(11)).err).toBe(0);
  });

  it('rejects a wrong password with a zeroed response, then closes', async () => {
    const owner = await session();
    const intruder = await session({ sessionId: owner.sessionId, password: Buffer.alloc(16, 7) });
    expect(intruder.handshake).toMatchObject({ timeout: 0, sessionId: 0n });
    expect(intruder.handshake.password.equals(Buffer.alloc(16))).toBe(true);
    await intruder.waitClosed();
    // As in ZooKeeper, the session's live connection is dropped before the password is checked.
    await owner.waitClosed();
  });

  it('rejects reattaching a closed session', async () => {
    const s = await session();
    expect((await s.call(-11)).err).toBe(0);
    await s.waitClosed();
    const again = await session({ sessionId: s.sessionId, password: s.handshake.password });
    expect(again.handshake.timeout).toBe(0);
    await again.waitClosed();
  });

  it('closes without replying when the client has seen a newer zxid', async () => {
    const wire = await FrameSocket.open(port);
    opened.push(wire);
    wire.sendFrame(connectRequest({ lastZxidSeen: 1n << 40n }));
    await wire.until(() => (wire.closed ? true : undefined));
    expect(wire.frames).toHaveLength(0);
  });

  it('answers requests pipelined behind the ConnectRequest after the ConnectResponse', async () => {
    const wire = await FrameSocket.open(port);
    opened.push(wire);
    const ping = new Wire().int(-2).int(11).toBuffer();
    const exists = Buffer.concat([new Wire().int(1).int(3).toBuffer(), body.pathWatch('/zookeeper').toBuffer()]);
    wire.sendFrame(Buffer.concat([connectRequest({}), Buffer.alloc(0)]));
    wire.sendFrame(ping);
    wire.sendFrame(exists);
    const frames = await wire.until(() => (wire.frames.length >= 3 ? wire.frames : undefined));
    expect(frames[0]?.length).toBe(37);
    expect(new WireReader(frames[1] ?? Buffer.alloc(0)).int()).toBe(-2);
    expect(new WireReader(frames[2] ?? Buffer.alloc(0)).int()).toBe(1);
  });
});

describe('framing', () => {
  it('reassembles frames split across many writes and several frames in one write', async () => {
    const wire = await FrameSocket.open(port);
    opened.push(wire);
    const frameOf = (payload: Buffer): Buffer => Buffer.concat([new Wire().int(payload.length).toBuffer(), payload]);
    const stream = Buffer.concat([
      frameOf(connectRequest({})),
      frameOf(new Wire().int(1).int(3).raw(body.pathWatch('/').toBuffer()).toBuffer()),
      frameOf(new Wire().int(2).int(3).raw(body.pathWatch('/zookeeper').toBuffer()).toBuffer()),
    ]);
    for (let i = 0; i < 20; i += 1) wire.sendRaw(stream.subarray(i, i + 1));
    wire.sendRaw(stream.subarray(20));
    const frames = await wire.until(() => (wire.frames.length >= 3 ? wire.frames : undefined));
    expect(frames.slice(1).map((f) => new WireReader(f).int())).toEqual([1, 2]);
  });

  it('closes the connection on a frame larger than jute.maxbuffer', async () => {
    const s = await session();
    s.wire.sendRaw(new Wire().int(0x100000).toBuffer());
    await s.waitClosed();
  });
});

describe('requests outside the data tree', () => {
  it('answers pings with xid -2 and the last zxid', async () => {
    const s = await session();
    const create = await s.call(1, body.create('/ping-probe'));
    const ping = await s.call(11);
    expect(ping).toMatchObject({ xid: -2, zxid: create.zxid, err: 0 });
  });

  it('answers auth with zxid 0, and closes after an unknown scheme', async () => {
    const s = await session();
    expect(await s.call(100, body.auth('digest', 'u:p'), -4)).toMatchObject({ xid: -4, zxid: 0n, err: 0 });
    const who = await s.call(107);
    const count = who.body.int();
    const infos = Array.from({ length: count }, () => [who.body.str(), who.body.str()]);
    expect(infos).toEqual([['ip', '127.0.0.1'], ['digest', 'u']]);
    expect(await s.call(100, body.auth('kerberos', 'x'), -4)).toMatchObject({ zxid: 0n, err: -115 });
    await s.waitClosed();
  });

  it('answers unknown opcodes with UNIMPLEMENTED and zxid -1', async () => {
    const s = await session();
    expect(await s.call(999)).toMatchObject({ zxid: -1n, err: -6 });
  });

  it('echoes the xid of setWatches whatever it is', async () => {
    const s = await session();
    expect((await s.call(101, body.setWatches(0n, [], [], []), 42)).xid).toBe(42);
    expect((await s.call(101, body.setWatches(0n, [], [], []), -8)).xid).toBe(-8);
  });

  it('closes the session: reply, then EOF, and the zxid advances', async () => {
    const s = await session();
    const before = (await s.call(11)).zxid;
    expect(await s.call(-11)).toMatchObject({ err: 0, zxid: before + 1n });
    await s.waitClosed();
  });
});

describe('four-letter words', () => {
  it('answers ruok, srvr, stat, mntr, conf, envi, cons and wchs', async () => {
    expect(await fourLetterWord('ruok')).toBe('imok');
    const srvr = await fourLetterWord('srvr');
    expect(srvr).toMatch(/^Zookeeper version: 3\.8\.0/);
    expect(srvr).toMatch(/\nMode: standalone\n/);
    expect(srvr).toMatch(/\nZxid: 0x[0-9a-f]+\n/);
    expect(srvr).toMatch(/\nNode count: \d+\n$/);
    expect(await fourLetterWord('stat')).toMatch(/\nClients:\n( \/127\.0\.0\.1:\d+\[[0-9a-f]+\]\(queued=0,recved=\d+,sent=\d+\)\n)+\n/);
    const mntr = await fourLetterWord('mntr');
    for (const key of ['zk_version', 'zk_server_state', 'zk_znode_count', 'zk_watch_count', 'zk_ephemerals_count']) {
      expect(mntr).toMatch(new RegExp(`(^|\\n)${key}\\t`));
    }
    expect(await fourLetterWord('conf')).toMatch(/\nminSessionTimeout=4000\nmaxSessionTimeout=40000\n/);
    expect(await fourLetterWord('envi')).toMatch(/^Environment:\nzookeeper\.version=3\.8\.0/);
    expect(await fourLetterWord('wchs')).toMatch(/^\d+ connections watching \d+ paths\nTotal watches:\d+\n$/);
    expect(await fourLetterWord('cons')).toMatch(/\n$/);
  });

  it('refuses known words that are not enabled', async () => {
    expect(await fourLetterWord('isro')).toBe('isro is not executed because it is not in the whitelist.\n');
  });
});
