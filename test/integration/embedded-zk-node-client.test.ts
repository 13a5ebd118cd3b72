// node-zookeeper-client 1.1.3, the client the console itself uses, against the embedded server.
// Differential first: test/fixtures/embedded-zk/nzc-scenario.ts runs against a real ZooKeeper 3.8
// and the embedded server and the normalised transcripts (session ids → s1…, ctime/mtime →
// patterns; zxids, versions, error codes and per-session event order kept) must be equal: CRUD
// with versions and errors, sequential/ephemeral nodes, transactions, one-shot watches, ephemeral
// cleanup after a session closes, digest ACLs, a reconnect that re-arms watches (setWatches) and a
// session that expires while cut off.
// Then direct tests on the embedded server alone pin the expected values.

import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { requireTool } from '../support/require-tool.ts';
import { zookeeperAvailable } from '../support/zookeeper-server.ts';
import { useBothServers } from '../fixtures/embedded-zk/both-servers.ts';
import { acl, CreateMode, NzcClient, NzcEventType, type NzcEvent } from '../fixtures/embedded-zk/nzc-client.ts';
import { runNzcScenario } from '../fixtures/embedded-zk/nzc-scenario.ts';
import { sameTranscriptOnBoth } from '../fixtures/embedded-zk/same-transcript.ts';
import { TcpProxy } from '../fixtures/embedded-zk/tcp-proxy.ts';
import { waitFor } from '../support/wait-for.ts';

const clients: NzcClient[] = [];
let connectString = '';

async function client(target = connectString): Promise<NzcClient> {
  const c = await NzcClient.connect(target, 4000);
  clients.push(c);
  return c;
}

function recorder(): { events: NzcEvent[]; watcher: (event: NzcEvent) => void } {
  const events: NzcEvent[] = [];
  return { events, watcher: (event) => events.push(event) };
}

afterEach(() => {
  for (const c of clients.splice(0)) c.close();
});

describe.runIf(requireTool('ZooKeeper 3.8', zookeeperAvailable(), 'apt-get install zookeeper'))('node-zookeeper-client against ZooKeeper 3.8 and the embedded server', () => {
  const servers = useBothServers();
  beforeAll(() => {
    connectString = servers.embedded().connectString;
  });

  it('gives the same normalised transcript on both servers', async () => {
    const seen = await sameTranscriptOnBoth(servers, (target) => runNzcScenario(target.host, target.port));
    expect(seen).toEqual(
      expect.objectContaining({
        sessions: ['s1', 's2', 's3'],
        'setData stale': 'error:-103',
        'create existing': 'error:-110',
        'remove not empty': 'error:-111',
        'remove missing': 'error:-101',
        'child of ephemeral': 'error:-108',
        'auth acl without identity': 'error:-114',
        sequence: ['/d/seq/n-0000000000', '/d/seq/n-0000000001', '/d/seq/e-0000000002'],
        'failed transaction': { code: -103, results: [{ type: -1, err: 0 }, { type: -1, err: -103 }, { type: -1, err: -2 }] },
        'cleanup events': [
          ['provider gone', 'NodeDeleted', '/d/providers/p-0000000000'],
          ['providers', 'NodeChildrenChanged', '/d/providers'],
          ['marker', 'NodeDeleted', '/d/marker'],
        ],
        'missed events': [
          ['state', 'DISCONNECTED'],
          ['state', 'SYNC_CONNECTED'],
          ['missed data', 'NodeDataChanged', '/d/rw'],
          ['missed create', 'NodeCreated', '/d/rw-new'],
          ['missed child', 'NodeChildrenChanged', '/d/rw'],
          ['marker', 'NodeDeleted', '/d/marker'],
        ],
        'same session': true,
        expiry: [[['expiring', 'NodeDeleted', '/d/expiring']], ['DISCONNECTED', 'EXPIRED'], null],
      }),
    );
    expect(seen['provider']).toMatchObject(['/d/providers/p-0000000000', { ephemeralOwner: 's3' }]);
  });

  it('embedded: creates, reads, updates and deletes nodes with versions and Stat', async () => {
    const zk = await client();
    expect(await zk.create('/crud', 'v0')).toBe('/crud');
    const read = await zk.getData('/crud');
    expect(read.data?.toString()).toBe('v0');
    expect(read.stat).toMatchObject({ version: 0, dataLength: 2, numChildren: 0, ephemeralOwner: 0n });
    expect(read.stat.czxid).toBe(read.stat.mzxid);

    const updated = await zk.setData('/crud', 'v1', 0);
    expect(updated.version).toBe(1);
    expect(updated.mzxid).toBeGreaterThan(read.stat.mzxid);
    await expect(zk.setData('/crud', 'v2', 0)).rejects.toMatchObject({ code: -103 });

    await zk.create('/crud/child');
    const listing = await zk.getChildren('/crud');
    expect(listing.children).toEqual(['child']);
    expect(listing.stat).toMatchObject({ numChildren: 1, cversion: 1 });

    await expect(zk.create('/crud')).rejects.toMatchObject({ code: -110 });
    await expect(zk.remove('/crud')).rejects.toMatchObject({ code: -111 });
    await zk.remove('/crud/child');
    await zk.remove('/crud', 1);
    expect(await zk.exists('/crud')).toBeNull();
    await expect(zk.getData('/crud')).rejects.toMatchObject({ code: -101 });
  });

  it('embedded: numbers sequential nodes from the parent create counter', async () => {
    const zk = await client();
    await zk.create('/seq');
    const first = await zk.create('/seq/n-', undefined, CreateMode.PERSISTENT_SEQUENTIAL);
    await zk.remove(first);
    const second = await zk.create('/seq/n-', undefined, CreateMode.PERSISTENT_SEQUENTIAL);
    expect([first, second]).toEqual(['/seq/n-0000000000', '/seq/n-0000000001']);
    expect((await zk.exists('/seq'))?.cversion).toBe(3);
  });

  it('embedded: delivers one-shot data, exists and child watches', async () => {
    const watcherSide = await client();
    const writer = await client();
    await writer.create('/w');
    const data = recorder();
    const child = recorder();
    const created = recorder();
    await watcherSide.getData('/w', data.watcher);
    await watcherSide.getChildren('/w', child.watcher);
    expect(await watcherSide.exists('/w-new', created.watcher)).toBeNull();

    await writer.setData('/w', 'x');
    await writer.create('/w/c');
    await writer.create('/w-new');
    await waitFor(() => data.events.length + child.events.length + created.events.length === 3, { timeoutMs: 5000, message: 'three events' });
    expect(data.events.map((e) => [e.getType(), e.getPath()])).toEqual([[NzcEventType.NODE_DATA_CHANGED, '/w']]);
    expect(child.events.map((e) => [e.getType(), e.getPath()])).toEqual([[NzcEventType.NODE_CHILDREN_CHANGED, '/w']]);
    expect(created.events.map((e) => [e.getType(), e.getPath()])).toEqual([[NzcEventType.NODE_CREATED, '/w-new']]);

    // One-shot: a second change is not reported until the watch is set again.
    await writer.setData('/w', 'y');
    const deleted = recorder();
    await watcherSide.exists('/w-new', deleted.watcher);
    await writer.remove('/w-new');
    await waitFor(() => deleted.events.length === 1, { timeoutMs: 5000, message: 'delete event' });
    expect(deleted.events[0]?.getType()).toBe(NzcEventType.NODE_DELETED);
    expect(data.events).toHaveLength(1);
  });

  it('embedded: removes ephemerals when their session closes and tells watchers', async () => {
    const owner = await client();
    const observer = await client();
    await owner.create('/providers');
    const path = await owner.create('/providers/p-', 'dubbo://10.0.0.1', CreateMode.EPHEMERAL_SEQUENTIAL);
    expect((await observer.exists(path))?.ephemeralOwner).toBe(owner.sessionId);
    await expect(owner.create(`${path}/child`)).rejects.toMatchObject({ code: -108 });
    const gone = recorder();
    const children = recorder();
    await observer.exists(path, gone.watcher);
    await observer.getChildren('/providers', children.watcher);

    owner.close();
    await waitFor(() => gone.events.length === 1 && children.events.length === 1, { timeoutMs: 5000, message: 'ephemeral cleanup events' });
    expect(gone.events[0]?.getType()).toBe(NzcEventType.NODE_DELETED);
    expect(children.events[0]?.getType()).toBe(NzcEventType.NODE_CHILDREN_CHANGED);
    expect((await observer.getChildren('/providers')).children).toEqual([]);
  });

  it('embedded: commits transactions atomically and rolls back failed ones', async () => {
    const zk = await client();
    const results = await zk.transaction((tx) =>
      tx.create('/tx').create('/tx/a', Buffer.from('1')).check('/tx/a', 0).setData('/tx/a', Buffer.from('2'), 0).remove('/tx/a', 1),
    );
    expect(results.map((r) => r.type)).toEqual([1, 1, 13, 5, 2]);
    expect(await zk.exists('/tx/a')).toBeNull();

    await expect(zk.transaction((tx) => tx.create('/tx/b').create('/tx').create('/tx/c'))).rejects.toMatchObject({ code: -110 });
    expect(await zk.exists('/tx/b')).toBeNull();
    expect((await zk.getChildren('/tx')).children).toEqual([]);
  });

  it('embedded: enforces digest ACLs created with CREATOR_ALL_ACL', async () => {
    const owner = await client();
    owner.addAuth('digest', 'dubbo:secret');
    await owner.create('/secure', 'data', CreateMode.PERSISTENT, [acl(31, 'auth', '')]);
    expect(await owner.getAcl('/secure')).toEqual([{ permission: 31, scheme: 'digest', id: 'dubbo:8D07xCOn9BwzWYcFLtUWrIItVfo=' }]);
    expect((await owner.getData('/secure')).data?.toString()).toBe('data');

    const stranger = await client();
    await expect(stranger.getData('/secure')).rejects.toMatchObject({ code: -102 });
    await expect(stranger.setData('/secure', 'x')).rejects.toMatchObject({ code: -102 });
    await expect(stranger.create('/secure/child')).rejects.toMatchObject({ code: -102 });
    expect(await stranger.exists('/secure')).not.toBeNull();
    stranger.addAuth('digest', 'dubbo:secret');
    expect((await stranger.getData('/secure')).data?.toString()).toBe('data');
  });

  it('embedded: creates parent chains with mkdirp', async () => {
    const zk = await client();
    await zk.mkdirp('/dubbo/org.example.Greeter/providers');
    expect((await zk.getChildren('/dubbo/org.example.Greeter')).children).toEqual(['providers']);
  });

  it('embedded: re-registers watches with setWatches after a reconnect and reports missed changes', async () => {
    const proxy = new TcpProxy(Number(connectString.split(':')[1]));
    await proxy.start();
    try {
      const watcherSide = await client(`127.0.0.1:${proxy.port}`);
      const writer = await client();
      await writer.create('/rw', 'a');
      await writer.create('/rw-stable', 'a');
      const missed = recorder();
      const stable = recorder();
      await watcherSide.getData('/rw', missed.watcher);
      await watcherSide.getData('/rw-stable', stable.watcher);
      const sessionBefore = watcherSide.sessionId;

      proxy.sever();
      await writer.setData('/rw', 'b');
      // The client reconnects to the same session and sends setWatches: the missed change fires
      // immediately, the untouched node's watch is re-armed and fires on the next change.
      await waitFor(() => missed.events.length === 1, { timeoutMs: 10_000, message: 'missed change after reconnect' });
      expect(missed.events[0]?.getType()).toBe(NzcEventType.NODE_DATA_CHANGED);
      expect(watcherSide.sessionId).toBe(sessionBefore);
      await writer.setData('/rw-stable', 'b');
      await waitFor(() => stable.events.length === 1, { timeoutMs: 5000, message: 're-armed watch' });
    } finally {
      await proxy.stop();
    }
  });
});
