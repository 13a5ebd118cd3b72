// Our own table of one-shot watchers for ONE node-zookeeper-client instance.
// Why not hand user callbacks to the library: it keeps an EventEmitter per path and adds a `once` listener
// per distinct function, so re-arming with fresh closures piles up listeners, a callback registered for both
// data and children fires twice on a delete, and a callback can fire for a watch armed by another call.
// Instead the library only ever sees `dispatch` (one stable function → at most one listener per path and
// table), and this registry decides who hears an event:
//   created / dataChanged → watchers armed by getData/exists on that path
//   childrenChanged       → watchers armed by getChildren on that path
//   deleted               → both
// Each armed (kind, path) holds a Set, so the same function armed twice is held once; every watcher taken
// for an event is removed before it is called and is called at most once per event, mirroring the
// server's one-shot semantics. Watchers are called synchronously, in wire order, so an event is always
// delivered before the reply to any later read (ZooKeeper's ordering guarantee survives the wrapper).

import type { LibraryEvent } from 'node-zookeeper-client';
import { toZkWatchEvent } from './zk-watch-event.ts';
import type { ZkWatchEvent, ZkWatcher } from './zk-watch-event.ts';

export type WatchKind = 'data' | 'child';

export class WatchRegistry {
  private readonly tables: Readonly<Record<WatchKind, Map<string, Set<ZkWatcher>>>> = {
    data: new Map(),
    child: new Map(),
  };

  constructor(private readonly onWatcherError: (error: unknown, event: ZkWatchEvent) => void) {}

  /** The only watcher function the library ever receives (stable identity → the library dedupes it). */
  readonly dispatch = (libraryEvent: LibraryEvent): void => {
    const event = toZkWatchEvent(libraryEvent);
    if (event === undefined) return;
    const watchers = new Set<ZkWatcher>();
    if (event.type !== 'childrenChanged') this.take('data', event.path, watchers);
    if (event.type === 'childrenChanged' || event.type === 'deleted') this.take('child', event.path, watchers);
    for (const watcher of watchers) {
      try {
        watcher(event);
      } catch (error) {
        // A throwing watcher must not unwind into the library's socket handler (that would crash the process).
        this.onWatcherError(error, event);
      }
    }
  };

  /** Records that the server armed a `kind` watch on `path` for `watcher`; call only after a successful read. */
  add(kind: WatchKind, path: string, watcher: ZkWatcher): void {
    const table = this.tables[kind];
    const watchers = table.get(path);
    if (watchers) watchers.add(watcher);
    else table.set(path, new Set([watcher]));
  }

  has(kind: WatchKind, path: string, watcher: ZkWatcher): boolean {
    return this.tables[kind].get(path)?.has(watcher) ?? false;
  }

  remove(kind: WatchKind, path: string, watcher: ZkWatcher): void {
    const table = this.tables[kind];
    const watchers = table.get(path);
    if (watchers?.delete(watcher) && watchers.size === 0) table.delete(path);
  }

  /** Number of armed (kind, path) pairs; for tests and metrics. */
  size(): number {
    return this.tables.data.size + this.tables.child.size;
  }

  /** Forgets everything: used when the session that armed these watches is gone. */
  clear(): void {
    this.tables.data.clear();
    this.tables.child.clear();
  }

  private take(kind: WatchKind, path: string, into: Set<ZkWatcher>): void {
    const table = this.tables[kind];
    const watchers = table.get(path);
    if (watchers === undefined) return;
    table.delete(path);
    for (const watcher of watchers) into.add(watcher);
  }
}
