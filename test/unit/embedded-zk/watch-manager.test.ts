import { describe, expect, it } from 'vitest';
import { ErrorCode, KeeperError } from '../../../server/embedded-zk/error-codes.ts';
import type { EventTypeValue } from '../../../server/embedded-zk/opcodes.ts';
import { WatchManager } from '../../../server/embedded-zk/watch-manager.ts';
import type { Watcher } from '../../../server/embedded-zk/watch-table.ts';

class Recorder implements Watcher {
  readonly events: Array<[number, string]> = [];
  notify(type: EventTypeValue, path: string): void {
    this.events.push([type, path]);
  }
}

const [Created, Deleted, DataChanged, ChildrenChanged] = [1, 2, 3, 4];

function errorCode(run: () => void): number | 'ok' | 'thrown' {
  try {
    run();
    return 'ok';
  } catch (error) {
    return error instanceof KeeperError ? error.code : 'thrown';
  }
}

describe('WatchManager', () => {
  it('fires standard watches once and removes them', () => {
    const watches = new WatchManager();
    const w = new Recorder();
    watches.addDataWatch('/a', w);
    watches.addChildWatch('/', w);
    watches.nodeDataChanged('/a');
    watches.nodeDataChanged('/a');
    watches.nodeCreated('/b');
    watches.nodeCreated('/c');
    expect(w.events).toEqual([[DataChanged, '/a'], [ChildrenChanged, '/']]);
    expect(watches.watchCount).toBe(0);
  });

  it('tells a connection about a deletion once even with data and child watches', () => {
    const watches = new WatchManager();
    const w = new Recorder();
    watches.addDataWatch('/p/x', w);
    watches.addChildWatch('/p/x', w);
    watches.addChildWatch('/p', w);
    watches.nodeDeleted('/p/x');
    expect(w.events).toEqual([[Deleted, '/p/x'], [ChildrenChanged, '/p']]);
  });

  it('keeps persistent watches and fires recursive ones for descendants, never ChildrenChanged', () => {
    const watches = new WatchManager();
    const persistent = new Recorder();
    const recursive = new Recorder();
    watches.addPersistentWatch('/r', persistent, 'persistent');
    watches.addPersistentWatch('/r', recursive, 'persistentRecursive');
    watches.nodeCreated('/r');
    watches.nodeCreated('/r/x');
    watches.nodeDataChanged('/r/x');
    watches.nodeDataChanged('/r');
    watches.nodeDeleted('/r/x');
    expect(persistent.events).toEqual([[Created, '/r'], [ChildrenChanged, '/r'], [DataChanged, '/r'], [ChildrenChanged, '/r']]);
    expect(recursive.events).toEqual([[Created, '/r'], [Created, '/r/x'], [DataChanged, '/r/x'], [DataChanged, '/r'], [Deleted, '/r/x']]);
  });

  it('lets the last registration win on a path, as ZooKeeper 3.8.0 does', () => {
    const watches = new WatchManager();
    const w = new Recorder();
    watches.addPersistentWatch('/p', w, 'persistent');
    watches.addDataWatch('/p', w);
    watches.nodeDataChanged('/p');
    watches.nodeDataChanged('/p');
    expect(w.events).toEqual([[DataChanged, '/p']]);
  });

  it('applies the setWatches matrix', () => {
    const watches = new WatchManager();
    const w = new Recorder();
    const nodes = new Map([['/old', { mzxid: 5n, pzxid: 5n }], ['/new', { mzxid: 9n, pzxid: 9n }]]);
    watches.setWatches(
      {
        kind: 'setWatches', relativeZxid: 6n,
        dataWatches: ['/old', '/new', '/gone'], existWatches: ['/old', '/gone'], childWatches: ['/old', '/new', '/gone'],
        persistentWatches: ['/p'], persistentRecursiveWatches: ['/r'],
      },
      (path) => nodes.get(path),
      w,
    );
    expect(w.events).toEqual([[DataChanged, '/new'], [Deleted, '/gone'], [Created, '/old'], [ChildrenChanged, '/new'], [Deleted, '/gone']]);
    expect(watches.dataWatches.paths().sort()).toEqual(['/gone', '/old', '/p', '/r']);
    expect(watches.childWatches.paths().sort()).toEqual(['/old', '/p', '/r']);
  });

  it('checks without removing, removes by type, and rejects unknown types', () => {
    const watches = new WatchManager();
    const w = new Recorder();
    const stranger = new Recorder();
    watches.addDataWatch('/a', w);
    expect(errorCode(() => watches.check('/a', 3, w))).toBe('ok');
    expect(errorCode(() => watches.check('/a', 1, w))).toBe(ErrorCode.noWatcher);
    expect(errorCode(() => watches.check('/a', 3, stranger))).toBe(ErrorCode.noWatcher);
    expect(errorCode(() => watches.check('/a', 5, w))).toBe(ErrorCode.marshallingError);
    expect(errorCode(() => watches.remove('/a', 2, w))).toBe('ok');
    expect(errorCode(() => watches.remove('/a', 2, w))).toBe(ErrorCode.noWatcher);
  });

  it('forgets every watch of a closed connection', () => {
    const watches = new WatchManager();
    const w = new Recorder();
    watches.addDataWatch('/a', w);
    watches.addChildWatch('/b', w);
    watches.addPersistentWatch('/c', w, 'persistentRecursive');
    watches.removeWatcher(w);
    watches.nodeCreated('/c/d');
    watches.nodeDataChanged('/a');
    expect(w.events).toEqual([]);
    expect(watches.watchCount).toBe(0);
  });
});
