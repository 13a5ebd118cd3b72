// What a one-shot watch reports. ZooKeeper events carry no data: a watcher learns *that* something changed
// at `path` and must read again (re-arming the watch with that read) to learn what.

import type { LibraryEvent } from 'node-zookeeper-client';

export type ZkWatchEventType = 'created' | 'deleted' | 'dataChanged' | 'childrenChanged';

export interface ZkWatchEvent {
  readonly type: ZkWatchEventType;
  readonly path: string;
}

export type ZkWatcher = (event: ZkWatchEvent) => void;

/** ZooKeeper's Watcher.Event.EventType numbers for node events. */
const TYPES_BY_NUMBER: ReadonlyMap<number, ZkWatchEventType> = new Map([
  [1, 'created'],
  [2, 'deleted'],
  [3, 'dataChanged'],
  [4, 'childrenChanged'],
]);

export function toZkWatchEvent(event: LibraryEvent): ZkWatchEvent | undefined {
  const type = TYPES_BY_NUMBER.get(event.type);
  return type === undefined ? undefined : { type, path: event.path };
}
