// Validation and application of the write operations (create*, delete, setData, setACL, check)
// inside a transaction. The checks run in PrepRequestProcessor's order, because clients and the
// differential suite can observe which error wins when several apply.

import { checkAcl, fixupAcl, Perm } from './acl.ts';
import { SPECIAL_PATHS, sequenceSuffix, type DataTree, type ZNode } from './data-tree.ts';
import { ErrorCode, KeeperError } from './error-codes.ts';
import { OpCode } from './opcodes.ts';
import { isValidPath, parentPath } from './path-validation.ts';
import type { Id, Stat } from './records.ts';
import type { CheckRequest, CreateOpCode, CreateRequest, DeleteRequest, SetAclRequest, SetDataRequest, WriteRequest } from './request-records.ts';
import type { Transaction } from './transaction.ts';

export interface Caller {
  readonly sessionId: bigint;
  readonly authIds: readonly Id[];
}

export type WriteResult =
  | { readonly kind: 'create'; readonly type: CreateOpCode; readonly path: string; readonly stat: Stat }
  | { readonly kind: 'delete' }
  | { readonly kind: 'check' }
  | { readonly kind: 'setData'; readonly stat: Stat }
  | { readonly kind: 'setACL'; readonly stat: Stat };

/** CreateMode flags: 0-3 persistent/ephemeral × sequential, 4 container, 5-6 TTL. */
const CreateFlag = { ephemeral: 1, sequential: 2, container: 4, ttl: 5, ttlSequential: 6 } as const;

function lookup(tree: DataTree, path: string): ZNode {
  const node = tree.get(path);
  if (node === undefined) throw new KeeperError(ErrorCode.noNode, path);
  return node;
}

function requireValidPath(path: string): void {
  if (!isValidPath(path)) throw new KeeperError(ErrorCode.badArguments, path);
}

function checkVersion(current: number, expected: number, path: string): void {
  if (expected !== -1 && expected !== current) throw new KeeperError(ErrorCode.badVersion, path);
}

function isTtlFlag(flags: number): boolean {
  return flags === CreateFlag.ttl || flags === CreateFlag.ttlSequential;
}

function create(tree: DataTree, txn: Transaction, caller: Caller, request: CreateRequest): WriteResult {
  const { flags } = request;
  if (!Number.isInteger(flags) || flags < 0 || flags > CreateFlag.ttlSequential) {
    throw new KeeperError(ErrorCode.badArguments, request.path);
  }
  // TTL nodes need zookeeper.extendedTypesEnabled, which this server (like a default ZK) lacks.
  if (isTtlFlag(flags)) throw new KeeperError(ErrorCode.unimplemented, request.path);
  if (request.ttl >= 0n) throw new KeeperError(ErrorCode.badArguments, request.path);
  if (request.path.lastIndexOf('/') === -1 || request.path.includes('\0')) {
    throw new KeeperError(ErrorCode.badArguments, request.path);
  }
  const acl = fixupAcl(request.acl, caller.authIds, request.path);
  const parent = lookup(tree, parentPath(request.path));
  checkAcl(parent.acl, Perm.create, caller.authIds);
  const sequential = (flags & CreateFlag.sequential) !== 0 && flags !== CreateFlag.container;
  const path = sequential ? request.path + sequenceSuffix(parent.childCreates) : request.path;
  requireValidPath(path);
  if (tree.get(path) !== undefined) throw new KeeperError(ErrorCode.nodeExists, path);
  if (parent.ephemeralOwner !== 0n) throw new KeeperError(ErrorCode.noChildrenForEphemerals, path);
  const container = flags === CreateFlag.container;
  const ephemeral = !container && (flags & CreateFlag.ephemeral) !== 0;
  const undo = tree.createNode({
    path,
    data: request.data,
    acl,
    ephemeralOwner: ephemeral ? caller.sessionId : 0n,
    container,
    zxid: txn.zxid,
    time: txn.time,
  });
  txn.record(undo, { kind: 'created', path });
  return { kind: 'create', type: request.type, path, stat: tree.statOf(lookup(tree, path)) };
}

function remove(tree: DataTree, txn: Transaction, caller: Caller, request: DeleteRequest): WriteResult {
  const { path } = request;
  if (path.lastIndexOf('/') === -1 || path.includes('\0') || SPECIAL_PATHS.has(path)) {
    throw new KeeperError(ErrorCode.badArguments, path);
  }
  const parent = lookup(tree, parentPath(path));
  checkAcl(parent.acl, Perm.delete, caller.authIds);
  const node = lookup(tree, path);
  checkVersion(node.version, request.version, path);
  if (node.children.size > 0) throw new KeeperError(ErrorCode.notEmpty, path);
  txn.record(tree.deleteNode(path, txn.zxid), { kind: 'deleted', path });
  return { kind: 'delete' };
}

function setData(tree: DataTree, txn: Transaction, caller: Caller, request: SetDataRequest): WriteResult {
  requireValidPath(request.path);
  const node = lookup(tree, request.path);
  checkAcl(node.acl, Perm.write, caller.authIds);
  checkVersion(node.version, request.version, request.path);
  txn.record(tree.setData(request.path, request.data, txn.zxid, txn.time), { kind: 'dataChanged', path: request.path });
  return { kind: 'setData', stat: tree.statOf(node) };
}

function setAcl(tree: DataTree, txn: Transaction, caller: Caller, request: SetAclRequest): WriteResult {
  requireValidPath(request.path);
  const acl = fixupAcl(request.acl, caller.authIds, request.path);
  const node = lookup(tree, request.path);
  checkAcl(node.acl, Perm.admin, caller.authIds);
  checkVersion(node.aversion, request.version, request.path);
  txn.record(tree.setAcl(request.path, acl));
  return { kind: 'setACL', stat: tree.statOf(node) };
}

function check(tree: DataTree, caller: Caller, request: CheckRequest): WriteResult {
  requireValidPath(request.path);
  const node = lookup(tree, request.path);
  checkAcl(node.acl, Perm.read, caller.authIds);
  checkVersion(node.version, request.version, request.path);
  return { kind: 'check' };
}

/** Validates and applies one write inside `txn`; throws KeeperError without touching the tree. */
export function applyWrite(tree: DataTree, txn: Transaction, caller: Caller, request: WriteRequest): WriteResult {
  switch (request.kind) {
    case 'create':
      return create(tree, txn, caller, request);
    case 'delete':
      return remove(tree, txn, caller, request);
    case 'setData':
      return setData(tree, txn, caller, request);
    case 'setACL':
      return setAcl(tree, txn, caller, request);
    case 'check':
      return check(tree, caller, request);
  }
}

/** Opcode a multi result reports: create2/createContainer/createTTL all answer as create2. */
export function resultOpCode(result: WriteResult): number {
  switch (result.kind) {
    case 'create':
      return result.type === OpCode.create ? OpCode.create : OpCode.create2;
    case 'delete':
      return OpCode.delete;
    case 'check':
      return OpCode.check;
    case 'setData':
      return OpCode.setData;
    case 'setACL':
      return OpCode.setACL;
  }
}
