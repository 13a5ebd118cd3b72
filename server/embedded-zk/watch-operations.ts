// Requests that only manage this connection's watches: setWatches(2), check/removeWatches and
// addWatch. They take no zxid and never touch the tree.

import { ErrorCode, KeeperError } from './error-codes.ts';
import type { JuteReader, JuteWriter } from './jute-codec.ts';
import type { ReadContext } from './read-operations.ts';
import { readPath, readSetWatches } from './request-records.ts';

export function setWatches(ctx: ReadContext, reader: JuteReader): void {
  ctx.db.watches.setWatches(readSetWatches(reader, false), (path) => ctx.db.tree.get(path), ctx.watcher);
}

/** setWatches2 adds persistent and persistent-recursive lists (sent only when such watches exist). */
export function setWatches2(ctx: ReadContext, reader: JuteReader): void {
  ctx.db.watches.setWatches(readSetWatches(reader, true), (path) => ctx.db.tree.get(path), ctx.watcher);
}

export function checkWatches(ctx: ReadContext, reader: JuteReader): void {
  const path = readPath(reader);
  ctx.db.watches.check(path, reader.readInt(), ctx.watcher);
}

export function removeWatches(ctx: ReadContext, reader: JuteReader): void {
  const path = readPath(reader);
  ctx.db.watches.remove(path, reader.readInt(), ctx.watcher);
}

/** Mode 0 persistent, 1 persistent-recursive; the node need not exist. Answers ErrorResponse(0). */
export function addWatch(ctx: ReadContext, reader: JuteReader, writer: JuteWriter): void {
  const path = readPath(reader);
  const mode = reader.readInt();
  // WatcherMode.fromZooDef throws for other modes, which 3.8 reports as MARSHALLINGERROR.
  if (mode !== 0 && mode !== 1) throw new KeeperError(ErrorCode.marshallingError, path);
  ctx.db.watches.addPersistentWatch(path, ctx.watcher, mode === 0 ? 'persistent' : 'persistentRecursive');
  writer.writeInt(0);
}
