// ZkClient's sessions against a real ZooKeeper 3.8: digest auth, session expiry, a silent (paused)
// server, a server restart and stopping while still connecting.

import { describe, expect, it, vi } from 'vitest';
import type { ZkWatchEvent } from '../../server/zk/zk-watch-event.ts';
import type { ZooKeeperProcess } from '../support/zookeeper-server.ts';
import { startZooKeeper } from '../support/zookeeper-server.ts';
import { expireSession } from '../support/expire-session.ts';
import { waitFor } from '../support/wait-for.ts';
import { closedPort, rejection, useZkClients } from '../support/zk-client-harness.ts';
import { requireZooKeeper, uniqueChroot, useZooKeeper } from '../support/use-zookeeper.ts';

describe.runIf(requireZooKeeper())('ZkClient sessions against a real ZooKeeper', () => {
  const zk = useZooKeeper();
  const { cleanups, client, connected, recordStates } = useZkClients(zk);

  it('authenticates with the digest credentials of the address', async () => {
    const chroot = await uniqueChroot(zk);
    const owner = await connected(`${chroot}`, '?username=alice&password=s3cret');
    expect(owner.address.display).not.toContain('s3cret');
    await owner.create('/secret', Buffer.from('rule'));

    const anonymous = await connected(chroot);
    expect(await rejection(anonymous.getData('/secret'))).toMatchObject({ code: 'NO_AUTH', path: '/secret' });

    const sameUser = client(`zookeeper://alice:s3cret@${zk.connectString}${chroot}`);
    await sameUser.start();
    expect((await sameUser.getData('/secret')).data?.toString()).toBe('rule');
  });

  it('recovers from session expiry with a new session, re-applied auth and no stale watches', async () => {
    const chroot = await uniqueChroot(zk);
    const zkClient = client(`zookeeper://u:p@${zk.connectString}${chroot}?session=4000`);
    await zkClient.start();
    const states = recordStates(zkClient);
    await zkClient.create('/protected', Buffer.from('x'));
    await zkClient.create('/eph', undefined, 'ephemeral');
    const staleWatcher = vi.fn<(event: ZkWatchEvent) => void>();
    await zkClient.getData('/protected', staleWatcher);
    const oldSession = zkClient.sessionCredentials();
    if (!oldSession) throw new Error('no session');

    await expireSession(zk.connectString, oldSession.sessionId, oldSession.password);

    await waitFor(() => states.some(([state, info]) => state === 'connected' && info.newSession), {
      message: 'a new session after expiry',
    });
    expect(states[0]).toEqual(['disconnected', { newSession: false }]);
    expect(zkClient.sessionId).not.toBe(oldSession.sessionId);
    expect(await zkClient.exists('/eph')).toBeUndefined();
    expect((await zkClient.getData('/protected')).data?.toString()).toBe('x'); // digest re-sent
    await zkClient.setData('/protected', Buffer.from('y'));
    expect(staleWatcher).not.toHaveBeenCalled(); // watches of the dead session never fire
  });

  it('notices a silent server, parks calls meanwhile and keeps the session when it answers again', async () => {
    const chroot = await uniqueChroot(zk);
    const zkClient = client(`zookeeper://${zk.connectString}${chroot}?session=10000`, 30_000);
    await zkClient.start();
    await zkClient.create('/eph', undefined, 'ephemeral');
    const sessionId = zkClient.sessionId;
    const states = recordStates(zkClient);
    const latecomer = client(`zookeeper://${zk.connectString}${chroot}?timeout=1500&session=10000`);

    zk.server.pause();
    let parked: Promise<string[]> | undefined;
    try {
      // The handshake never completes: start() gives up after connectTimeoutMs, the client keeps trying.
      expect(await rejection(latecomer.start())).toMatchObject({ code: 'OPERATION_TIMEOUT' });
      expect(latecomer.state).toBe('connecting');
      await waitFor(() => zkClient.state === 'disconnected', { timeoutMs: 15_000, message: 'read timeout' });
      parked = zkClient.getChildren('/');
    } finally {
      zk.server.resume();
    }

    expect(await parked).toEqual(['eph']);
    expect(zkClient.sessionId).toBe(sessionId);
    expect(states).toEqual([
      ['disconnected', { newSession: false }],
      ['connected', { newSession: false }],
    ]);
    await waitFor(() => latecomer.state === 'connected', { timeoutMs: 15_000, message: 'late connect' });
  });

  it('reconnects after a ZooKeeper restart', async () => {
    const server: ZooKeeperProcess = await startZooKeeper();
    cleanups.push(() => server.stop());
    const zkClient = client(`zookeeper://${server.connectString}?session=10000`, 30_000);
    await zkClient.start();
    await zkClient.create('/eph', undefined, 'ephemeral');
    await zkClient.create('/watched');
    const watcher = vi.fn<(event: ZkWatchEvent) => void>();
    await zkClient.getChildren('/watched', watcher);
    const sessionId = zkClient.sessionId;
    const states = recordStates(zkClient);

    const restartStarted = Date.now();
    await server.restart();
    const restartMs = Date.now() - restartStarted;
    await waitFor(() => zkClient.state === 'connected', { timeoutMs: 20_000, message: 'reconnect' });
    const sameSession = zkClient.sessionId === sessionId;
    console.info(`ZooKeeper restart took ${restartMs} ms; session survived: ${sameSession}`);

    expect(states[0]).toEqual(['disconnected', { newSession: false }]);
    expect(sameSession).toBe(true); // the session lives in the transaction log; 10 s outlasts the restart
    expect(await zkClient.exists('/eph')).toBeDefined();
    // Same session: the library re-registered the watch on the new connection (setWatches).
    await zkClient.create('/watched/child');
    expect(watcher.mock.calls).toEqual([[{ type: 'childrenChanged', path: '/watched' }]]);
  });

  it('stop() while still connecting settles start() and parked calls with CLOSED', async () => {
    const zkClient = client(`127.0.0.1:${await closedPort()}`);
    const starting = rejection(zkClient.start());
    const parked = rejection(zkClient.getData('/anything'));
    expect(zkClient.state).toBe('connecting');
    await zkClient.stop();
    expect(await starting).toMatchObject({ code: 'CLOSED' });
    expect(await parked).toMatchObject({ code: 'CLOSED', path: '/anything' });
    expect(zkClient.state).toBe('closed');
    expect(await rejection(zkClient.getChildren('/'))).toMatchObject({ code: 'CLOSED' });
  });
});
