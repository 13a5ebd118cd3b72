// The embedded ZooKeeper driven by node-zookeeper-client 1.1.3, the client the console itself
// uses: CRUD, sequential names, one-shot watches, ephemerals, transactions, digest auth and
// watch re-registration (setWatches) after a reconnect.

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedZooKeeper } from '../../server/embedded-zk/embedded-zookeeper.ts';
import { acl, CreateMode, NzcClient, NzcEventType, type NzcEvent } from '../fixtures/embedded-zk/nzc-client.ts';
import { TcpProxy } from '../fixtures/embedded-zk/tcp-proxy.ts';
import { waitFor } from '../fixtures/embedded-zk/wait-for.ts';

const server = new EmbeddedZooKeeper({ tickTime: 200 });
let connectString = '';
const clients: NzcClient[] = [];

async function client(target = connectString): Promise<NzcClient> {
  const c = await NzcClient.connect(target, 4000);
  clients.push(c);
  return c;
}

function recorder(): { events: NzcEvent[]; watcher: (event: NzcEvent) => void } {
  const events: NzcEvent[] = [];
  return { events, watcher: (event) => events.push(event) };
}

beforeAll(async () => {
  connectString = (await server.start()).connectString;
});

afterEach(() => {
  for (const c of clients.splice(0)) c.close();
});

afterAll(async () => {
  await server.stop();
});

describe('embedded ZooKeeper with node-zookeeper-client', () => {
  it('creates, reads, updates and deletes nodes with versions and Stat', async () => {
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

  it('numbers sequential nodes from the parent create counter', async () => {
    const zk = await client();
    await zk.create('/seq');
    const first = await zk.create('/seq/n-', undefined, CreateMode.PERSISTENT_SEQUENTIAL);
    await zk.remove(first);
    const second = await zk.create('/seq/n-', undefined, CreateMode.PERSISTENT_SEQUENTIAL);
    expect([first, second]).toEqual(['/seq/n-0000000000', '/seq/n-0000000001']);
    expect((await zk.exists('/seq'))?.cversion).toBe(3);
  });

  it('delivers one-shot data, exists and child watches', async () => {
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
    await waitFor(() => data.events.length + child.events.length + created.events.length === 3, 5000, 'three events');
    expect(data.events.map((e) => [e.getType(), e.getPath()])).toEqual([[NzcEventType.NODE_DATA_CHANGED, '/w']]);
    expect(child.events.map((e) => [e.getType(), e.getPath()])).toEqual([[NzcEventType.NODE_CHILDREN_CHANGED, '/w']]);
    expect(created.events.map((e) => [e.getType(), e.getPath()])).toEqual([[NzcEventType.NODE_CREATED, '/w-new']]);

    // One-shot: a second change is not reported until the watch is set again.
    await writer.setData('/w', 'y');
    const deleted = recorder();
    await watcherSide.exists('/w-new', deleted.watcher);
    await writer.remove('/w-new');
    await waitFor(() => deleted.events.length === 1, 5000, 'delete event');
    expect(deleted.events[0]?.getType()).toBe(NzcEventType.NODE_DELETED);
    expect(data.events).toHaveLength(1);
  });

  it('removes ephemerals when their session closes and tells watchers', async () => {
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
    await waitFor(() => gone.events.length === 1 && children.events.length === 1, 5000, 'ephemeral cleanup events');
    expect(gone.events[0]?.getType()).toBe(NzcEventType.NODE_DELETED);
    expect(children.events[0]?.getType()).toBe(NzcEventType.NODE_CHILDREN_CHANGED);
    expect((await observer.getChildren('/providers')).children).toEqual([]);
  });

  it('commits transactions atomically and rolls back failed ones', async () => {
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

  it('enforces digest ACLs created with CREATOR_ALL_ACL', async () => {
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

  it('creates parent chains with mkdirp', async () => {
    const zk = await client();
    await zk.mkdirp('/dubbo/org.example.Greeter/providers');
    expect((await zk.getChildren('/dubbo/org.example.Greeter')).children).toEqual(['providers']);
  });

  it('re-registers watches with setWatches after a reconnect and reports missed changes', async () => {
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
      await waitFor(() => missed.events.length === 1, 10_000, 'missed change after reconnect');
      expect(missed.events[0]?.getType()).toBe(NzcEventType.NODE_DATA_CHANGED);
      expect(watcherSide.sessionId).toBe(sessionBefore);
      await writer.setData('/rw-stable', 'b');
      await waitFor(() => stable.events.length === 1, 5000, 're-armed watch');
    } finally {
      await proxy.stop();
    }
  });
});
