/**
 * One read of a watched node, answered as what came of it instead of a throw: its children or data, that it
 * is missing, that the connection was lost (redo it once the connection is back) or that it failed for good
 * (a node we may not read, a reply that does not decode: warn and keep going). The ZooKeeper side of the
 * mirror, with registry-mirror.ts; which errors mean a lost connection is decided in zk/zk-availability.ts.
 */
import type { ZkClient } from '../zk/zk-client.ts';
import { isConnectionTrouble } from '../zk/zk-availability.ts';
import { isZkError } from '../zk/zk-error.ts';
import type { ZkWatcher } from '../zk/zk-watch-event.ts';
import type { NodeText } from './watched-folder-kinds.ts';

export type ZkReader = Pick<
  ZkClient,
  'getChildrenIfExists' | 'getData' | 'onStateChange' | 'state' | 'connectionHealth' | 'onConnectionAttempt'
>;

export type WatchedRead =
  | { readonly kind: 'children'; readonly names: readonly string[] }
  | { readonly kind: 'data'; readonly node: NodeText }
  | { readonly kind: 'missing' }
  | { readonly kind: 'lost'; readonly error: unknown }
  | { readonly kind: 'failed'; readonly error: unknown };

/** Lists `path`, arming `watcher` (a child watch, or an existence watch when the folder is missing). */
export async function readChildren(client: ZkReader, path: string, watcher: ZkWatcher | undefined): Promise<WatchedRead> {
  try {
    const names = await client.getChildrenIfExists(path, watcher);
    return names === undefined ? { kind: 'missing' } : { kind: 'children', names };
  } catch (error) {
    return failure(error);
  }
}

/** Reads `path`'s data, arming `watcher` when the node exists. */
export async function readData(client: ZkReader, path: string, watcher: ZkWatcher | undefined): Promise<WatchedRead> {
  try {
    const { data, stat } = await client.getData(path, watcher);
    return { kind: 'data', node: { text: data?.toString('utf8') ?? '', version: stat.version, mtime: stat.mtime } };
  } catch (error) {
    return isZkError(error, 'NO_NODE') ? { kind: 'missing' } : failure(error);
  }
}

/**
 * Whether the read left its watch armed. ZooKeeper arms none for a call that failed, nor for getData on a
 * missing node (a listing of a missing folder arms an existence watch instead).
 */
export function leftWatchArmed(read: WatchedRead, reads: 'children' | 'data'): boolean {
  if (read.kind === 'missing') return reads === 'children';
  return read.kind === 'children' || read.kind === 'data';
}

function failure(error: unknown): WatchedRead {
  return isConnectionTrouble(error) ? { kind: 'lost', error } : { kind: 'failed', error };
}
