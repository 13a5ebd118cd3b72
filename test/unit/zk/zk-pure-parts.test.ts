// Pure pieces of server/zk, no ZooKeeper needed: address parsing, frame splitting, the FIFO, the
// connection gate and the watch registry. (They live here only because this task owned no test/unit
// folder; they belong in test/unit.)

import { describe, expect, it, vi } from 'vitest';
import { parseRegistryAddress, toConnectString } from '../../../server/zk/registry-address.ts';
import { RegistryAddressError } from '../../../server/zk/registry-address-error.ts';
import { FrameSplitter } from '../../../server/zk/frame-splitter.ts';
import { FifoQueue } from '../../../server/zk/fifo-queue.ts';
import { ConnectionGate } from '../../../server/zk/connection-gate.ts';
import { WatchRegistry } from '../../../server/zk/watch-registry.ts';
import { ZkError, translateZkError } from '../../../server/zk/zk-error.ts';
import { isValidZkPath, joinPath, parentPath } from '../../../server/zk/zk-path.ts';

describe('parseRegistryAddress', () => {
  it.each([
    ['zookeeper://h1:2181', { servers: ['h1:2181'], root: '/dubbo', display: 'zookeeper://h1:2181' }],
    [
      'zookeeper://h1:2181?backup=h2:2181,h3&group=prod&timeout=5000&session=60000',
      { servers: ['h1:2181', 'h2:2181', 'h3:2181'], root: '/prod', connectTimeoutMs: 5000, sessionTimeoutMs: 60000 },
    ],
    ['h1:2181,h2:2182', { servers: ['h1:2181', 'h2:2182'], sessionTimeoutMs: 30000, connectTimeoutMs: 10000 }],
    ['127.0.0.1:2181/t-1', { servers: ['127.0.0.1:2181'], chroot: '/t-1', display: 'zookeeper://127.0.0.1:2181/t-1' }],
    [
      'zookeeper://alice:p%40ss@h:2181',
      { auth: { username: 'alice', password: 'p@ss' }, display: 'zookeeper://alice@h:2181' },
    ],
    ['zookeeper://h?username=u&password=a+b', { servers: ['h:2181'], auth: { username: 'u', password: 'a+b' } }],
    ['zookeeper://h:2181?group=/abs/root', { root: '/abs/root', display: 'zookeeper://h:2181?group=/abs/root' }],
    ['zookeeper://h:2181/org.apache.dubbo.registry.RegistryService?application=x', { servers: ['h:2181'] }],
    ['ZOOKEEPER://h:2181/chroot/', { chroot: '/chroot' }],
    ['zookeeper://h:2181?zk.session.expire=9000', { sessionTimeoutMs: 9000 }],
  ])('%s', (input, expected) => {
    expect(parseRegistryAddress(input)).toMatchObject(expected);
  });

  it('has no chroot or auth keys unless given', () => {
    const address = parseRegistryAddress('h:2181/org.apache.dubbo.registry.RegistryService');
    expect('chroot' in address).toBe(false);
    expect('auth' in address).toBe(false);
  });

  it('builds the connect string with the chroot', () => {
    expect(toConnectString(parseRegistryAddress('zookeeper://a:1?backup=b:2'))).toBe('a:1,b:2');
    expect(toConnectString(parseRegistryAddress('zookeeper://a:1/x?backup=b:2'))).toBe('a:1,b:2/x');
    expect(toConnectString(parseRegistryAddress('a:1,b:2/x/y'))).toBe('a:1,b:2/x/y');
  });

  it.each([
    [''],
    ['   '],
    ['nacos://h:8848'],
    ['zookeeper://'],
    ['zookeeper://h:notaport'],
    ['zookeeper://h:70000'],
    ['zookeeper://h:'],
    ['zookeeper://[::1]:2181'],
    ['zookeeper://h:2181/bad//chroot'],
    ['zookeeper://h:2181?group=a//b'],
    ['zookeeper://h:2181?username=u'],
    ['zookeeper://h:2181?timeout=-5'],
    ['zookeeper://h:2181?session=abc'],
  ])('rejects %j', (input) => {
    const error = (() => {
      try {
        parseRegistryAddress(input);
      } catch (thrown) {
        return thrown;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(RegistryAddressError);
    expect(error).toMatchObject({ code: 'BAD_REGISTRY_ADDRESS' });
  });

  it('never puts the password in the error', () => {
    expect(() => parseRegistryAddress('zookeeper://u:topsecret@h:bad')).toThrow(/^(?!.*topsecret)/s);
    expect(() => parseRegistryAddress('zookeeper://h:bad?password=topsecret&username=u')).toThrow(
      /^(?!.*topsecret)/s,
    );
  });
});

describe('zk paths', () => {
  it.each([
    ['/', true],
    ['/a/b', true],
    ['a', false],
    ['/a/', false],
    ['/a//b', false],
    ['/a/./b', false],
    ['/a/../b', false],
    ['/a\u0001', false],
  ])('isValidZkPath(%j) = %s', (path, valid) => expect(isValidZkPath(path)).toBe(valid));

  it('joins and splits', () => {
    expect(joinPath('/', 'a', 'b')).toBe('/a/b');
    expect(joinPath('/dubbo', 'x')).toBe('/dubbo/x');
    expect(parentPath('/a/b')).toBe('/a');
    expect(parentPath('/a')).toBe('/');
  });
});

describe('translateZkError', () => {
  it('maps library exceptions, assertion errors and anything else', () => {
    const libraryException = Object.assign(new Error('Exception: NO_NODE[-101]'), { code: -101, getCode: () => -101 });
    expect(translateZkError(libraryException, '/p')).toMatchObject({ code: 'NO_NODE', path: '/p', message: 'NO_NODE: /p' });
    const unknown = Object.assign(new Error('x'), { code: -118, getCode: () => -118 });
    expect(translateZkError(unknown)).toMatchObject({ code: 'UNKNOWN', details: { zkCode: -118 } });
    const assertion = Object.assign(new Error('Node path must start with / character.'), { code: 'ERR_ASSERTION' });
    expect(translateZkError(assertion, 'x')).toMatchObject({ code: 'BAD_ARGUMENTS', path: 'x' });
    expect(translateZkError('boom')).toMatchObject({ code: 'UNKNOWN' });
    const zkError = new ZkError('CLOSED', 'CLOSED');
    expect(translateZkError(zkError, '/other')).toBe(zkError);
  });
});

describe('FrameSplitter', () => {
  function frame(payload: string): Buffer {
    const body = Buffer.from(payload);
    const length = Buffer.alloc(4);
    length.writeInt32BE(body.length);
    return Buffer.concat([length, body]);
  }

  it('yields whole frames however the stream is cut', () => {
    const stream = Buffer.concat([frame('a'), frame(''), frame('hello world'), frame('z'.repeat(300))]);
    for (const cut of [1, 2, 3, 5, 7, 64, stream.length]) {
      const frames: string[] = [];
      const splitter = new FrameSplitter((f) => frames.push(f.subarray(4).toString()), () => undefined);
      for (let offset = 0; offset < stream.length; offset += cut) splitter.push(stream.subarray(offset, offset + cut));
      expect(frames).toEqual(['a', '', 'hello world', 'z'.repeat(300)]);
    }
  });

  it('reports a negative length instead of looping', () => {
    const onCorrupt = vi.fn();
    const bad = Buffer.alloc(8);
    bad.writeInt32BE(-5);
    new FrameSplitter(() => undefined, onCorrupt).push(bad);
    expect(onCorrupt).toHaveBeenCalledOnce();
  });
});

describe('FifoQueue', () => {
  it('behaves like an array used with push/shift/unshift', () => {
    const queue = new FifoQueue<number>();
    const reference: number[] = [];
    for (let step = 0; step < 10_000; step += 1) {
      if (step % 3 === 2) expect(queue.shift()).toBe(reference.shift());
      else if (step % 97 === 0) expect(queue.unshift(-step)).toBe(reference.unshift(-step));
      else expect(queue.push(step)).toBe(reference.push(step));
      expect(queue.length).toBe(reference.length);
    }
    while (reference.length > 0) expect(queue.shift()).toBe(reference.shift());
    expect(queue.shift()).toBeUndefined();
  });
});

describe('ConnectionGate', () => {
  it('opens, expires in deadline order and fails with the waiter path', async () => {
    vi.useFakeTimers();
    try {
      const gate = new ConnectionGate(1000, () => Date.now());
      const first = gate.wait('/a');
      vi.advanceTimersByTime(600);
      const second = gate.wait('/b');
      const firstResult = first.catch((error: unknown) => error);
      vi.advanceTimersByTime(400);
      expect(await firstResult).toMatchObject({ code: 'NOT_CONNECTED', path: '/a' });
      expect(gate.waiting).toBe(1);
      gate.open();
      await expect(second).resolves.toBeUndefined();
      const third = gate.wait('/c');
      gate.fail('CLOSED', 'stopped');
      await expect(third).rejects.toMatchObject({ code: 'CLOSED', path: '/c' });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('WatchRegistry', () => {
  const event = (type: number, path: string) => ({ type, name: '', path });

  it('routes events by kind, once per watcher, and isolates throwing watchers', () => {
    const onError = vi.fn();
    const registry = new WatchRegistry(onError);
    const data = vi.fn();
    const child = vi.fn();
    const both = vi.fn(() => {
      throw new Error('watcher bug');
    });
    registry.add('data', '/p', data);
    registry.add('data', '/p', data);
    registry.add('child', '/p', child);
    registry.add('data', '/q', both);
    registry.add('child', '/q', both);

    registry.dispatch(event(4, '/p'));
    expect(child).toHaveBeenCalledWith({ type: 'childrenChanged', path: '/p' });
    registry.dispatch(event(3, '/p'));
    registry.dispatch(event(3, '/p')); // the library may fire data and existence tables for one event
    expect(data).toHaveBeenCalledOnce();
    registry.dispatch(event(2, '/q'));
    expect(both).toHaveBeenCalledOnce();
    expect(onError).toHaveBeenCalledOnce();
    expect(registry.size()).toBe(0);
  });
});
