// Session expiry, container reaping and restarts, with a short tick so expiry happens within a
// few hundred milliseconds. Waits poll with deadlines; nothing sleeps for a fixed time.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedZooKeeper } from '../../server/embedded-zk/embedded-zookeeper.ts';
import { body, RawZkSession } from '../support/raw-zk-driver.ts';

const TICK = 100;
const server = new EmbeddedZooKeeper({ tickTime: TICK, containerCheckIntervalMs: 50 });
let port = 0;
let observer: RawZkSession;

beforeAll(async () => {
  port = (await server.start()).port;
  observer = await RawZkSession.open(port, { timeout: 2000 });
});

afterAll(async () => {
  observer.destroy();
  await server.stop();
});

describe('session expiry', () => {
  it('expires a silent session between timeout and timeout + tick, deleting its ephemerals', async () => {
    const doomed = await RawZkSession.open(port, { timeout: 2 * TICK });
    expect(doomed.handshake.timeout).toBe(200);
    await doomed.call(1, body.create('/expiring', null, 1));
    await observer.call(3, body.pathWatch('/expiring', true));
    const silentSince = Date.now();
    // The socket stays open but the client stops talking: the server must expire the session
    // and then close the socket itself.
    const deleted = await observer.waitForEvent((e) => e.path === '/expiring', 3000);
    const elapsed = Date.now() - silentSince;
    expect(deleted.type).toBe(2);
    expect(elapsed).toBeGreaterThanOrEqual(2 * TICK - 20);
    expect(elapsed).toBeLessThan(2 * TICK + TICK + 1000);
    await doomed.waitClosed(2000);
    expect((await observer.call(3, body.pathWatch('/expiring'))).err).toBe(-101);

    const again = await RawZkSession.open(port, { sessionId: doomed.sessionId, password: doomed.handshake.password });
    expect(again.handshake).toMatchObject({ timeout: 0, sessionId: 0n });
    await again.waitClosed();
  });

  it('keeps a session alive while it pings, and after its socket drops until the timeout', async () => {
    const pinger = await RawZkSession.open(port, { timeout: 2 * TICK });
    await pinger.call(1, body.create('/kept', null, 1));
    const until = Date.now() + 6 * TICK;
    while (Date.now() < until) {
      expect((await pinger.call(11)).err).toBe(0);
      await new Promise((resolve) => setTimeout(resolve, TICK / 2));
    }
    expect((await observer.call(3, body.pathWatch('/kept'))).err).toBe(0);
    pinger.destroy();
    const resumed = await RawZkSession.open(port, { sessionId: pinger.sessionId, password: pinger.handshake.password, timeout: 2 * TICK });
    expect(resumed.sessionId).toBe(pinger.sessionId);
    expect((await resumed.call(3, body.pathWatch('/kept'))).err).toBe(0);
    await resumed.call(-11);
    expect((await observer.call(3, body.pathWatch('/kept'))).err).toBe(-101);
  });
});

describe('containers', () => {
  it('reaps containers that had children and are empty again, not never-used ones', async () => {
    await observer.call(19, body.create('/never-used', null, 4));
    await observer.call(19, body.create('/used', null, 4));
    await observer.call(1, body.create('/used/kid'));
    await observer.call(2, body.pathVersion('/used/kid'));
    await observer.call(3, body.pathWatch('/used', true));
    const reaped = await observer.waitForEvent((e) => e.path === '/used', 3000);
    expect(reaped.type).toBe(2);
    expect((await observer.call(3, body.pathWatch('/never-used'))).err).toBe(0);
  });
});

describe('restart', () => {
  it('bumps the zxid epoch so old clients are told their session expired, not refused', async () => {
    const zk = new EmbeddedZooKeeper({ tickTime: TICK });
    const first = await zk.start();
    const client = await RawZkSession.open(first.port);
    const seen = (await client.call(1, body.create('/before'))).zxid;
    client.destroy();
    await zk.stop();
    const second = await zk.start();
    try {
      const back = await RawZkSession.open(second.port, { sessionId: client.sessionId, password: client.handshake.password, lastZxidSeen: seen });
      expect(back.handshake.timeout).toBe(0);
      await back.waitClosed();
      const fresh = await RawZkSession.open(second.port);
      expect((await fresh.call(11)).zxid >> 32n).toBe(1n);
      expect((await fresh.call(3, body.pathWatch('/before'))).err).toBe(-101);
      fresh.destroy();
    } finally {
      await zk.stop();
    }
  });
});
