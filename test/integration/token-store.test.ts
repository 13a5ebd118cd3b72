// The token store's watched cache across two replicas (two ZooKeeper sessions on one chroot): once the
// folder watch has delivered a token, the other replica verifies it from its cache without reading the
// node, and a revocation anywhere stops it there within a second by the watch — again after the
// watch fired once (re-armed) and after the replica's session expired (listed again on the new session).

import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TokenStore } from '../../server/auth/token-store.ts';
import { parseRegistryAddress } from '../../server/zk/registry-address.ts';
import { ZkClient } from '../../server/zk/zk-client.ts';
import { expireSession } from '../support/expire-session.ts';
import { requireZooKeeper, uniqueChroot, useZooKeeper } from '../support/use-zookeeper.ts';
import { waitFor } from '../support/wait-for.ts';

const FOLDER = '/switchboard/tokens';

describe.runIf(requireZooKeeper())('token store', () => {
  const zk = useZooKeeper();
  const stops: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const stop of stops.splice(0).reverse()) await stop();
  });

  async function replica(chroot: string): Promise<{ client: ZkClient; store: TokenStore; nodeReads: (id: string) => number }> {
    const client = new ZkClient({ address: parseRegistryAddress(`zookeeper://${zk.connectString}${chroot}?session=4000`) });
    await client.start();
    const reads: string[] = [];
    const getData = client.getData.bind(client);
    vi.spyOn(client, 'getData').mockImplementation((path, watcher) => {
      reads.push(path);
      return getData(path, watcher);
    });
    const store = new TokenStore(client, FOLDER, pino({ level: 'silent' }));
    store.start();
    stops.push(async () => {
      store.stop();
      await client.stop();
    });
    return { client, store, nodeReads: (id) => reads.filter((p) => p === `${FOLDER}/${id}`).length };
  }

  /**
   * Creates a token on `a`, waits until `b` verifies it from its cache, revokes it on `a`, expects `b` to
   * refuse it within 1 s. A cached token keeps verifying until the watch evicts it, so the refusal is the
   * watch's doing (after the eviction, one read of the node confirms it is gone).
   */
  async function revokedEverywhere(a: TokenStore, b: Awaited<ReturnType<typeof replica>>, name: string): Promise<void> {
    const { token, record } = await a.create({ owner: 'olga', name, expiresAt: null }, new Date());
    await waitFor(async () => {
      const before = b.nodeReads(record.id);
      const verified = await b.store.verify(token, new Date());
      return verified?.id === record.id && b.nodeReads(record.id) === before;
    }, { message: `${name}: the other replica verifies it from its cache` });
    expect(await a.revoke(record.id)).toBe(true);
    const deadline = Date.now() + 1000;
    let verified = await b.store.verify(token, new Date());
    while (verified !== undefined && Date.now() < deadline) {
      // A cache hit does no I/O: give the event loop a turn so the watch event can arrive.
      await new Promise((resolve) => setImmediate(resolve));
      verified = await b.store.verify(token, new Date());
    }
    expect(verified, `${name}: refused on the other replica within 1 s`).toBeUndefined();
  }

  it('stops a token revoked on another replica within a second, by the watch, again after it fired and after a session expiry', async () => {
    const chroot = await uniqueChroot(zk);
    const a = await replica(chroot);
    const b = await replica(chroot);
    await revokedEverywhere(a.store, b, 'first');
    await revokedEverywhere(a.store, b, 'second');
    const credentials = b.client.sessionCredentials();
    if (!credentials) throw new Error('replica b has no session');
    await expireSession(zk.connectString, credentials.sessionId, credentials.password);
    await waitFor(() => b.client.state === 'connected' && b.client.sessionId !== credentials.sessionId, { message: 'replica b has a new session' });
    await revokedEverywhere(a.store, b, 'after expiry');
  });

  it('verifies a token created on the other replica at once (its node is read on a cache miss), and never a wrong secret', async () => {
    const chroot = await uniqueChroot(zk);
    const a = await replica(chroot);
    const b = await replica(chroot);
    const { token, record } = await a.store.create({ owner: 'ada', name: 'fresh', expiresAt: null }, new Date());
    expect((await b.store.verify(token, new Date()))?.id).toBe(record.id);
    expect(await b.store.verify(`sbt_${record.id}_${'B'.repeat(43)}`, new Date())).toBeUndefined();
    expect(await b.store.verify(token, new Date(Date.now() + 1000))).toMatchObject({ owner: 'ada', name: 'fresh' });
    expect((await b.store.list()).map((r) => r.id)).toEqual([record.id]);
    expect(await b.store.revoke('not-an-id')).toBe(false);
  });
});
