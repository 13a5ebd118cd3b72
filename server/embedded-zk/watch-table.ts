// One of the server's two watch tables (data or child): path → watcher → mode, mirroring
// ZooKeeper 3.8's WatchManager + WatcherModeManager. A watcher holds one mode per path and the
// last registration wins (so a one-shot watch set after a persistent one downgrades it, as 3.8.0
// does).

import { EventType, type EventTypeValue } from './opcodes.ts';

export type WatchMode = 'standard' | 'persistent' | 'persistentRecursive';

/** A connection, as seen by the watch tables. */
export interface Watcher {
  notify(type: EventTypeValue, path: string): void;
}

/** "/a/b" → "/a/b", "/a", "/". */
function* pathAndAncestors(path: string): Generator<string> {
  yield path;
  let current = path;
  while (current.length > 1) {
    const slash = current.lastIndexOf('/');
    if (slash < 0) return;
    current = slash === 0 ? '/' : current.substring(0, slash);
    yield current;
  }
}

export class WatchTable {
  private readonly byPath = new Map<string, Map<Watcher, WatchMode>>();
  private readonly byWatcher = new Map<Watcher, Set<string>>();
  private recursiveCount = 0;

  add(path: string, watcher: Watcher, mode: WatchMode): void {
    let watchers = this.byPath.get(path);
    if (watchers === undefined) this.byPath.set(path, (watchers = new Map()));
    this.adjustRecursive(watchers.get(watcher), mode);
    watchers.set(watcher, mode);
    let paths = this.byWatcher.get(watcher);
    if (paths === undefined) this.byWatcher.set(watcher, (paths = new Set()));
    paths.add(path);
  }

  contains(path: string, watcher: Watcher): boolean {
    return this.byPath.get(path)?.has(watcher) ?? false;
  }

  remove(path: string, watcher: Watcher): boolean {
    const watchers = this.byPath.get(path);
    const mode = watchers?.get(watcher);
    if (watchers === undefined || mode === undefined) return false;
    this.adjustRecursive(mode, undefined);
    watchers.delete(watcher);
    if (watchers.size === 0) this.byPath.delete(path);
    this.byWatcher.get(watcher)?.delete(path);
    return true;
  }

  removeWatcher(watcher: Watcher): void {
    for (const path of this.byWatcher.get(watcher) ?? []) this.remove(path, watcher);
    this.byWatcher.delete(watcher);
  }

  /**
   * Collects the watchers a change at `path` fires and removes the one-shot ones. On the exact
   * path every mode fires; on ancestors only recursive watches do; recursive watches never see
   * NodeChildrenChanged. Notifying is left to the caller, which may suppress duplicates.
   */
  trigger(path: string, type: EventTypeValue): Set<Watcher> {
    const fired = new Set<Watcher>();
    const candidates = this.recursiveCount > 0 ? pathAndAncestors(path) : [path];
    for (const candidate of candidates) {
      const watchers = this.byPath.get(candidate);
      if (watchers === undefined) continue;
      const exact = candidate === path;
      for (const [watcher, mode] of [...watchers]) {
        if (mode === 'persistentRecursive') {
          if (type !== EventType.nodeChildrenChanged) fired.add(watcher);
        } else if (exact) {
          fired.add(watcher);
          if (mode === 'standard') this.remove(candidate, watcher);
        }
      }
    }
    return fired;
  }

  get watchCount(): number {
    let count = 0;
    for (const watchers of this.byPath.values()) count += watchers.size;
    return count;
  }

  get pathCount(): number {
    return this.byPath.size;
  }

  watcherCount(): number {
    let count = 0;
    for (const paths of this.byWatcher.values()) if (paths.size > 0) count += 1;
    return count;
  }

  pathsOf(watcher: Watcher): string[] {
    return [...(this.byWatcher.get(watcher) ?? [])];
  }

  watchersOf(path: string): Watcher[] {
    return [...(this.byPath.get(path)?.keys() ?? [])];
  }

  paths(): string[] {
    return [...this.byPath.keys()];
  }

  private adjustRecursive(oldMode: WatchMode | undefined, newMode: WatchMode | undefined): void {
    const wasRecursive = oldMode === 'persistentRecursive';
    const isRecursive = newMode === 'persistentRecursive';
    if (wasRecursive !== isRecursive) this.recursiveCount += isRecursive ? 1 : -1;
  }
}
