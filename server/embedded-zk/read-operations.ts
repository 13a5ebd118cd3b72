// Read operations (FinalRequestProcessor 3.8.0): they take no zxid, do not validate paths (an
// invalid path is just NONODE) and register watches only once the node is known to exist and be
// readable — except exists, which watches missing nodes too and (on 3.8.0) checks no ACL.

import { checkAcl, hasPermission, maskDigests, Perm } from './acl.ts';
import { ErrorCode, KeeperError } from './error-codes.ts';
import { JuteDecodeError, JuteWriter, type JuteReader } from './jute-codec.ts';
import { OpCode } from './opcodes.ts';
import { writeAclList, writeStat } from './records.ts';
import { readMultiHeader, readPath, readPathWatch, type PathWatchRequest } from './request-records.ts';
import type { ZkDatabase } from './zk-database.ts';
import type { ZNode } from './data-tree.ts';
import type { Watcher } from './watch-table.ts';
import type { Caller } from './write-operations.ts';

export interface ReadContext {
  readonly db: ZkDatabase;
  readonly caller: Caller;
  readonly watcher: Watcher;
}

function readableNode(ctx: ReadContext, path: string): ZNode {
  const node = ctx.db.tree.get(path);
  if (node === undefined) throw new KeeperError(ErrorCode.noNode, path);
  checkAcl(node.acl, Perm.read, ctx.caller.authIds);
  return node;
}

export function exists(ctx: ReadContext, reader: JuteReader, writer: JuteWriter): void {
  const { path, watch } = readPathWatch(reader, 'exists');
  if (path.includes('\0')) throw new KeeperError(ErrorCode.badArguments, path);
  if (watch) ctx.db.watches.addDataWatch(path, ctx.watcher);
  const node = ctx.db.tree.get(path);
  if (node === undefined) throw new KeeperError(ErrorCode.noNode, path);
  writeStat(writer, ctx.db.tree.statOf(node));
}

function getDataOf(ctx: ReadContext, request: PathWatchRequest, writer: JuteWriter): void {
  const node = readableNode(ctx, request.path);
  if (request.watch) ctx.db.watches.addDataWatch(request.path, ctx.watcher);
  writer.writeBuffer(node.data);
  writeStat(writer, ctx.db.tree.statOf(node));
}

function getChildrenOf(ctx: ReadContext, request: PathWatchRequest, writer: JuteWriter, withStat: boolean): void {
  const node = readableNode(ctx, request.path);
  if (request.watch) ctx.db.watches.addChildWatch(request.path, ctx.watcher);
  writer.writeVector([...node.children], (w, name) => w.writeString(name));
  if (withStat) writeStat(writer, ctx.db.tree.statOf(node));
}

export function getData(ctx: ReadContext, reader: JuteReader, writer: JuteWriter): void {
  getDataOf(ctx, readPathWatch(reader, 'getData'), writer);
}

export function getChildren(ctx: ReadContext, reader: JuteReader, writer: JuteWriter): void {
  getChildrenOf(ctx, readPathWatch(reader, 'getChildren'), writer, false);
}

export function getChildren2(ctx: ReadContext, reader: JuteReader, writer: JuteWriter): void {
  getChildrenOf(ctx, readPathWatch(reader, 'getChildren2'), writer, true);
}

/** Needs READ or ADMIN; without ADMIN digest ids come back masked. */
export function getAcl(ctx: ReadContext, reader: JuteReader, writer: JuteWriter): void {
  const path = readPath(reader);
  const node = ctx.db.tree.get(path);
  if (node === undefined) throw new KeeperError(ErrorCode.noNode, path);
  checkAcl(node.acl, Perm.read | Perm.admin, ctx.caller.authIds);
  const admin = hasPermission(node.acl, Perm.admin, ctx.caller.authIds);
  writeAclList(writer, admin ? node.acl : maskDigests(node.acl));
  writeStat(writer, ctx.db.tree.statOf(node));
}

export function getAllChildrenNumber(ctx: ReadContext, reader: JuteReader, writer: JuteWriter): void {
  const path = readPath(reader);
  readableNode(ctx, path);
  writer.writeInt(ctx.db.tree.countDescendants(path));
}

/** The calling session's ephemerals under a string prefix; "", "/" or null mean all of them. */
export function getEphemerals(ctx: ReadContext, reader: JuteReader, writer: JuteWriter): void {
  const prefix = reader.readString()?.trim() ?? '';
  const all = ctx.db.tree.ephemeralsOf(ctx.caller.sessionId);
  const matching = prefix === '' || prefix === '/' ? all : all.filter((path) => path.startsWith(prefix));
  writer.writeVector(matching, (w, path) => w.writeString(path));
}

export function whoAmI(ctx: ReadContext, _reader: JuteReader, writer: JuteWriter): void {
  writer.writeVector(ctx.caller.authIds, (w, id) => {
    const user = id.scheme === 'digest' ? (id.id.split(':')[0] ?? '') : id.scheme === 'ip' ? id.id : null;
    w.writeString(id.scheme).writeString(user);
  });
}

export function sync(_ctx: ReadContext, reader: JuteReader, writer: JuteWriter): void {
  writer.writeString(readPath(reader));
}

/** multiRead (22): getChildren/getData ops, each answered or failed on its own; header err 0. */
export function multiRead(ctx: ReadContext, reader: JuteReader, writer: JuteWriter): void {
  const ops: PathWatchRequest[] = [];
  for (let header = readMultiHeader(reader); !header.done; header = readMultiHeader(reader)) {
    if (header.type === OpCode.getData) ops.push(readPathWatch(reader, 'getData'));
    else if (header.type === OpCode.getChildren) ops.push(readPathWatch(reader, 'getChildren'));
    else throw new JuteDecodeError(`op ${header.type} is not allowed in multiRead`);
  }
  for (const op of ops) {
    const type = op.kind === 'getData' ? OpCode.getData : OpCode.getChildren;
    try {
      const body = new JuteWriter();
      if (op.kind === 'getData') getDataOf(ctx, op, body);
      else getChildrenOf(ctx, op, body, false);
      writer.writeInt(type).writeBool(false).writeInt(0).writeRaw(body.toBuffer());
    } catch (error) {
      if (!(error instanceof KeeperError)) throw error;
      writer.writeInt(OpCode.error).writeBool(false).writeInt(error.code).writeInt(error.code);
    }
  }
  writer.writeInt(-1).writeBool(true).writeInt(-1);
}
