// ZkClient against a real ZooKeeper 3.8: CRUD, multi, error translation, one-shot watch semantics,
// pipelining and the Dubbo-like registrar (sessions, auth and outages: zk-client-sessions.test.ts).
// Ordering trick used throughout: ZooKeeper delivers a write's notifications to a connection before the
// reply to any later request on it, so after awaiting a write made by the watching client itself, every
// event it caused has been delivered; counting callbacks then needs no sleeping.

import { describe, expect, it, vi } from 'vitest';
import type { ZkWatchEvent } from '../../server/zk/zk-watch-event.ts';
import { NO_EPHEMERAL_OWNER } from '../../server/zk/zk-stat.ts';
import { DubboRegistrar, javaUrlEncode } from '../support/dubbo-registrar.ts';
import { ZkError } from '../../server/zk/zk-error.ts';
import { rejection, useZkClients } from '../support/zk-client-harness.ts';
import { requireZooKeeper, uniqueChroot, useZooKeeper } from '../support/use-zookeeper.ts';

describe.runIf(requireZooKeeper())('ZkClient against a real ZooKeeper', () => {
  const zk = useZooKeeper();
  const { cleanups, client, connected, recordStates } = useZkClients(zk);

  it('connects, reports a new session and does create/read/update/delete', async () => {
    const chroot = await uniqueChroot(zk);
    const zkClient = client(`zookeeper://${zk.connectString}${chroot}`);
    const states = recordStates(zkClient);
    await zkClient.start();
    expect(zkClient.state).toBe('connected');
    expect(zkClient.sessionId).toMatch(/^0x[0-9a-f]{16}$/);
    expect(states).toEqual([
      ['connecting', { newSession: false }],
      ['connected', { newSession: true }],
    ]);

    expect(await zkClient.create('/a', Buffer.from('one'))).toBe('/a');
    const read = await zkClient.getData('/a');
    expect(read.data?.toString()).toBe('one');
    expect(read.stat).toMatchObject({ version: 0, dataLength: 3, numChildren: 0, ephemeralOwner: NO_EPHEMERAL_OWNER });
    expect((await zkClient.setData('/a', Buffer.from('two'), 0)).version).toBe(1);
    expect((await zkClient.exists('/a'))?.version).toBe(1);

    const ephemeral = await zkClient.create('/a/eph', undefined, 'ephemeral');
    expect((await zkClient.exists(ephemeral))?.ephemeralOwner).toBe(zkClient.sessionId);
    expect(await zkClient.create('/a/seq-', undefined, 'persistent_sequential')).toMatch(/^\/a\/seq-\d{10}$/);
    const children = await zkClient.getChildren('/a'); // unordered, as ZooKeeper returns them
    expect(children).toHaveLength(2);
    expect(children).toEqual(expect.arrayContaining(['eph', expect.stringMatching(/^seq-\d{10}$/)]));

    expect((await zkClient.getData('/a/eph')).data).toBeUndefined(); // null data, not an empty buffer
    await zkClient.create('/empty', Buffer.alloc(0));
    expect((await zkClient.getData('/empty')).data).toEqual(Buffer.alloc(0));

    await zkClient.mkdirp('/x/y/z');
    await zkClient.mkdirp('/x/y/z');
    expect(await zkClient.getChildren('/x/y')).toEqual(['z']);

    await zkClient.remove('/x/y/z', 0);
    expect(await zkClient.exists('/x/y/z')).toBeUndefined();
    expect(await zkClient.getChildrenIfExists('/x/y')).toEqual([]);
  });

  it('translates library errors into ZkError codes with the path', async () => {
    const zkClient = await connected(await uniqueChroot(zk));
    await zkClient.create('/node', Buffer.from('v'));
    await zkClient.create('/node/child');
    await zkClient.create('/eph', undefined, 'ephemeral');

    expect(await rejection(zkClient.getData('/missing'))).toMatchObject({ code: 'NO_NODE', path: '/missing' });
    expect(await rejection(zkClient.getChildren('/missing'))).toMatchObject({ code: 'NO_NODE' });
    expect(await rejection(zkClient.create('/node'))).toMatchObject({ code: 'NODE_EXISTS', path: '/node' });
    expect(await rejection(zkClient.setData('/node', Buffer.from('w'), 7))).toMatchObject({
      code: 'BAD_VERSION',
      path: '/node',
    });
    expect(await rejection(zkClient.remove('/node'))).toMatchObject({ code: 'NOT_EMPTY' });
    expect(await rejection(zkClient.create('/eph/child'))).toMatchObject({ code: 'NO_CHILDREN_FOR_EPHEMERALS' });
    expect(await rejection(zkClient.getData('relative'))).toMatchObject({ code: 'BAD_ARGUMENTS', path: 'relative' });
    const error = await rejection(zkClient.getData('/missing'));
    expect(error).toBeInstanceOf(ZkError);
    expect(error.message).toBe('NO_NODE: /missing');
  });

  it('multi applies every op or none and names the failing op', async () => {
    const zkClient = await connected(await uniqueChroot(zk));
    await zkClient.create('/cfg', Buffer.from('v0'));
    await zkClient.create('/old');

    const results = await zkClient.multi([
      { type: 'check', path: '/cfg', version: 0 },
      { type: 'create', path: '/new', data: Buffer.from('n') },
      { type: 'create', path: '/new/seq-', mode: 'persistent_sequential' },
      { type: 'setData', path: '/cfg', data: Buffer.from('v1'), version: 0 },
      { type: 'remove', path: '/old', version: 0 },
    ]);
    expect(results).toEqual([
      { type: 'check' },
      { type: 'create', path: '/new' },
      { type: 'create', path: expect.stringMatching(/^\/new\/seq-\d{10}$/) },
      { type: 'setData', stat: expect.objectContaining({ version: 1 }) },
      { type: 'remove' },
    ]);
    expect(await zkClient.exists('/old')).toBeUndefined();

    const failed = await rejection(
      zkClient.multi([
        { type: 'create', path: '/m1' },
        { type: 'create', path: '/cfg' },
        { type: 'create', path: '/m2' },
      ]),
    );
    expect(failed).toMatchObject({ code: 'NODE_EXISTS', path: '/cfg', details: { opIndex: 1, opType: 'create' } });
    expect(await zkClient.exists('/m1')).toBeUndefined();

    // Version 0 must be compared, not treated as "any" (the library's Transaction does `version || -1`).
    const stale = await rejection(zkClient.multi([{ type: 'check', path: '/cfg', version: 0 }]));
    expect(stale).toMatchObject({ code: 'BAD_VERSION', path: '/cfg', details: { opIndex: 0 } });
    expect(await zkClient.multi([])).toEqual([]);
  });

  it('child and data watches are one-shot and fire once per armed watch', async () => {
    const zkClient = await connected(await uniqueChroot(zk));
    await zkClient.create('/w');
    const childWatcher = vi.fn<(event: ZkWatchEvent) => void>();
    const otherWatcher = vi.fn<(event: ZkWatchEvent) => void>();
    await zkClient.getChildren('/w', childWatcher);
    await zkClient.getChildren('/w', childWatcher); // same function again: still one watcher
    await zkClient.getChildren('/w', otherWatcher);

    await zkClient.create('/w/c1');
    await zkClient.create('/w/c2'); // the watch is spent: no second notification
    expect(childWatcher.mock.calls).toEqual([[{ type: 'childrenChanged', path: '/w' }]]);
    expect(otherWatcher).toHaveBeenCalledTimes(1);

    const dataWatcher = vi.fn<(event: ZkWatchEvent) => void>();
    await zkClient.getData('/w', dataWatcher);
    await zkClient.setData('/w', Buffer.from('1'));
    await zkClient.setData('/w', Buffer.from('2'));
    expect(dataWatcher.mock.calls).toEqual([[{ type: 'dataChanged', path: '/w' }]]);
    await zkClient.exists('/w', dataWatcher); // re-armed: fires again
    await zkClient.setData('/w', Buffer.from('3'));
    expect(dataWatcher).toHaveBeenCalledTimes(2);

    // One function armed as data and child watch on a node that is deleted: one 'deleted' call.
    const both = vi.fn<(event: ZkWatchEvent) => void>();
    await zkClient.getData('/w/c1', both);
    await zkClient.getChildren('/w/c1', both);
    await zkClient.remove('/w/c1');
    expect(both.mock.calls).toEqual([[{ type: 'deleted', path: '/w/c1' }]]);
  });

  it('getChildrenIfExists arms an existence watch on a missing node', async () => {
    const zkClient = await connected(await uniqueChroot(zk));
    const watcher = vi.fn<(event: ZkWatchEvent) => void>();
    expect(await zkClient.getChildrenIfExists('/later/providers', watcher)).toBeUndefined();
    expect(await zkClient.getChildrenIfExists('/later/providers', watcher)).toBeUndefined();

    await zkClient.mkdirp('/later/providers');
    expect(watcher.mock.calls).toEqual([[{ type: 'created', path: '/later/providers' }]]);

    expect(await zkClient.getChildrenIfExists('/later/providers', watcher)).toEqual([]);
    await zkClient.setData('/later/providers', Buffer.from('not a children change'));
    await zkClient.create('/later/providers/p1');
    expect(watcher.mock.calls.slice(1)).toEqual([[{ type: 'childrenChanged', path: '/later/providers' }]]);
  });

  it('pipelines thousands of watched getChildren calls', async () => {
    const zkClient = await connected(await uniqueChroot(zk));
    const paths = Array.from({ length: 200 }, (_, index) => `/svc${index}`);
    await Promise.all(paths.map((path) => zkClient.create(path)));
    const watcher = vi.fn<(event: ZkWatchEvent) => void>();

    const started = performance.now();
    const lists = await Promise.all(Array.from({ length: 5000 }, (_, index) => zkClient.getChildren(paths[index % 200] ?? '/', watcher)));
    const elapsedMs = performance.now() - started;
    console.info(`5000 pipelined watched getChildren: ${elapsedMs.toFixed(0)} ms`);
    expect(lists).toHaveLength(5000);

    await Promise.all(paths.map((path) => zkClient.create(`${path}/p`)));
    expect(watcher).toHaveBeenCalledTimes(200); // once per path, not once per call
  });

  it('DubboRegistrar registers like Dubbo and its registrations vanish with its session', async () => {
    const chroot = await uniqueChroot(zk);
    const observer = await connected(chroot);
    const registrar = await DubboRegistrar.connect(`${zk.connectString}${chroot}`);
    cleanups.push(() => registrar.close());
    const url = 'dubbo://10.0.0.1:20880/com.foo.DemoService?application=demo&interface=com.foo.DemoService&side=provider';

    const path = await registrar.registerProvider(url);
    expect(path).toBe(`/dubbo/com.foo.DemoService/providers/${javaUrlEncode(url)}`);
    expect(javaUrlEncode(url)).toBe(
      'dubbo%3A%2F%2F10.0.0.1%3A20880%2Fcom.foo.DemoService%3Fapplication%3Ddemo%26interface%3Dcom.foo.DemoService%26side%3Dprovider',
    );
    await registrar.registerAppInstance('demo', '10.0.0.1', 20880, { 'dubbo.metadata.revision': 'r1' });
    await registrar.writeRule('demo.configurators', 'configVersion: v3.0\n');

    const instance = JSON.parse((await observer.getData('/services/demo/10.0.0.1:20880')).data?.toString() ?? '{}');
    expect(instance).toMatchObject({ name: 'demo', id: '10.0.0.1:20880', port: 20880, serviceType: 'DYNAMIC' });
    expect(await observer.getChildren('/dubbo/com.foo.DemoService/providers')).toHaveLength(1);

    await registrar.close();
    expect(await observer.getChildren('/dubbo/com.foo.DemoService/providers')).toEqual([]);
    expect(await observer.getChildren('/services/demo')).toEqual([]);
    expect((await observer.getData('/dubbo/config/dubbo/demo.configurators')).data?.toString()).toBe('configVersion: v3.0\n');
  });
});
