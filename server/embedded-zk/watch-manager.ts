// Server-side watches: which read registers what, which write fires what (DataTree 3.8), the
// setWatches re-registration matrix and check/removeWatches. Watches belong to a connection and
// vanish with it; notifications are pushed synchronously, so they always precede the reply of
// the write (or setWatches) that caused them.

import { ErrorCode, KeeperError } from './error-codes.ts';
import { EventType, type EventTypeValue } from './opcodes.ts';
import { parentPath } from './path-validation.ts';
import type { SetWatchesRequest } from './request-records.ts';
import { WatchTable, type Watcher, type WatchMode } from './watch-table.ts';

/** WatcherType of check/removeWatches; 3.8 knows only these three. */
export const WatcherType = { children: 1, data: 2, any: 3 } as const;

export interface WatchedNodeVersion {
  readonly mzxid: bigint;
  readonly pzxid: bigint;
}

function parentKey(path: string): string {
  const parent = parentPath(path);
  return parent === '' ? '/' : parent;
}

export class WatchManager {
  readonly dataWatches = new WatchTable();
  readonly childWatches = new WatchTable();

  /** exists (even on a missing node) and getData register here. */
  addDataWatch(path: string, watcher: Watcher): void {
    this.dataWatches.add(path, watcher, 'standard');
  }

  addChildWatch(path: string, watcher: Watcher): void {
    this.childWatches.add(path, watcher, 'standard');
  }

  /** addWatch: 3.8.0 puts both modes in both tables (the child table ignores recursive ones). */
  addPersistentWatch(path: string, watcher: Watcher, mode: Exclude<WatchMode, 'standard'>): void {
    this.dataWatches.add(path, watcher, mode);
    this.childWatches.add(path, watcher, mode);
  }

  nodeCreated(path: string): void {
    this.fire(this.dataWatches, path, EventType.nodeCreated);
    this.fire(this.childWatches, parentKey(path), EventType.nodeChildrenChanged);
  }

  /** A connection told about the deletion by a data watch is not told twice by a child watch. */
  nodeDeleted(path: string): void {
    const told = this.fire(this.dataWatches, path, EventType.nodeDeleted);
    this.fire(this.childWatches, path, EventType.nodeDeleted, told);
    this.fire(this.childWatches, parentKey(path), EventType.nodeChildrenChanged);
  }

  nodeDataChanged(path: string): void {
    this.fire(this.dataWatches, path, EventType.nodeDataChanged);
  }

  /**
   * Re-registers watches after a reconnect. Changes the client missed (relative to the zxid it
   * last saw) fire immediately instead of re-registering.
   */
  setWatches(request: SetWatchesRequest, lookup: (path: string) => WatchedNodeVersion | undefined, watcher: Watcher): void {
    for (const path of request.dataWatches) {
      const node = lookup(path);
      if (node === undefined) watcher.notify(EventType.nodeDeleted, path);
      else if (node.mzxid > request.relativeZxid) watcher.notify(EventType.nodeDataChanged, path);
      else this.dataWatches.add(path, watcher, 'standard');
    }
    for (const path of request.existWatches) {
      if (lookup(path) !== undefined) watcher.notify(EventType.nodeCreated, path);
      else this.dataWatches.add(path, watcher, 'standard');
    }
    for (const path of request.childWatches) {
      const node = lookup(path);
      if (node === undefined) watcher.notify(EventType.nodeDeleted, path);
      else if (node.pzxid > request.relativeZxid) watcher.notify(EventType.nodeChildrenChanged, path);
      else this.childWatches.add(path, watcher, 'standard');
    }
    for (const path of request.persistentWatches) this.addPersistentWatch(path, watcher, 'persistent');
    for (const path of request.persistentRecursiveWatches) {
      this.addPersistentWatch(path, watcher, 'persistentRecursive');
    }
  }

  /** checkWatches: NOWATCHER unless this connection has such a watch; removes nothing. */
  check(path: string, type: number, watcher: Watcher): void {
    const tables = this.tablesFor(type);
    if (!tables.some((table) => table.contains(path, watcher))) throw new KeeperError(ErrorCode.noWatcher, path);
  }

  /** removeWatches: removes this connection's watches of that type on the path. */
  remove(path: string, type: number, watcher: Watcher): void {
    let removed = false;
    for (const table of this.tablesFor(type)) if (table.remove(path, watcher)) removed = true;
    if (!removed) throw new KeeperError(ErrorCode.noWatcher, path);
  }

  removeWatcher(watcher: Watcher): void {
    this.dataWatches.removeWatcher(watcher);
    this.childWatches.removeWatcher(watcher);
  }

  get watchCount(): number {
    return this.dataWatches.watchCount + this.childWatches.watchCount;
  }

  private tablesFor(type: number): WatchTable[] {
    switch (type) {
      case WatcherType.children:
        return [this.childWatches];
      case WatcherType.data:
        return [this.dataWatches];
      case WatcherType.any:
        return [this.childWatches, this.dataWatches];
      default:
        // WatcherType.fromInt throws a RuntimeException, which 3.8 reports as MARSHALLINGERROR.
        throw new KeeperError(ErrorCode.marshallingError);
    }
  }

  private fire(table: WatchTable, path: string, type: EventTypeValue, suppress?: ReadonlySet<Watcher>): Set<Watcher> {
    const fired = table.trigger(path, type);
    for (const watcher of fired) if (suppress?.has(watcher) !== true) watcher.notify(type, path);
    return fired;
  }
}
