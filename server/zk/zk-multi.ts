// Atomic multi-operations (ZooKeeper `multi`): all ops apply under one zxid or none does.
// On failure ZooKeeper reports every op as an error result: 0 before the failing op, the real code at it,
// RUNTIME_INCONSISTENCY after it; we throw the real code with the failing op's index and path.
// node-zookeeper-client's Transaction turns version 0 into -1 (`version || -1`), which would silently
// drop a compare-and-set on a fresh node, so the version is written into the recorded op afterwards.

import type { LibraryAcl, LibraryOpResult, Transaction } from 'node-zookeeper-client';
import type { LibrarySession } from './library-session.ts';
import { ZkError, zkErrorCodeFromNumber, zkErrorMessage } from './zk-error.ts';
import { toZkStat } from './zk-stat.ts';
import type { ZkStat } from './zk-stat.ts';
import { createModeFlag } from './zk-create-mode.ts';
import type { ZkCreateMode } from './zk-create-mode.ts';

export type ZkOp =
  | { readonly type: 'create'; readonly path: string; readonly data?: Buffer; readonly mode?: ZkCreateMode }
  | { readonly type: 'setData'; readonly path: string; readonly data: Buffer; readonly version?: number }
  | { readonly type: 'remove'; readonly path: string; readonly version?: number }
  | { readonly type: 'check'; readonly path: string; readonly version: number };

export type ZkOpResult =
  | { readonly type: 'create'; readonly path: string }
  | { readonly type: 'setData'; readonly stat: ZkStat }
  | { readonly type: 'remove' }
  | { readonly type: 'check' };

/** `aclFor` picks the ACL of each created node (undefined: the session's default). */
export async function multi(
  session: LibrarySession,
  ops: readonly ZkOp[],
  aclFor: (path: string) => LibraryAcl[] | undefined = () => undefined,
): Promise<ZkOpResult[]> {
  if (ops.length === 0) return [];
  const transaction = session.client.transaction();
  for (const op of ops) addOp(transaction, op, aclFor(op.path) ?? session.acl);
  const results = await session.call<LibraryOpResult[]>(undefined, (done) =>
    transaction.commit((error, opResults) => {
      // A failed multi is a successful reply whose results carry the error; only a missing body is fatal.
      if (error && !Array.isArray(opResults)) done(error);
      else done(undefined, opResults);
    }),
  );
  const failure = results.findIndex((result) => result.err !== undefined && result.err !== 0);
  if (failure !== -1) throw multiError(ops, failure, results[failure]?.err ?? 0);
  return results.map((result, index) => toOpResult(ops[index], result));
}

function addOp(transaction: Transaction, op: ZkOp, acl: LibraryAcl[]): void {
  switch (op.type) {
    case 'create':
      transaction.create(op.path, op.data, acl, createModeFlag(op.mode ?? 'persistent'));
      return;
    case 'setData':
      transaction.setData(op.path, op.data, -1);
      break;
    case 'remove':
      transaction.remove(op.path, -1);
      break;
    case 'check':
      transaction.check(op.path, -1);
      break;
  }
  const recorded = transaction.ops[transaction.ops.length - 1];
  if (recorded) recorded.version = op.version ?? -1;
}

function multiError(ops: readonly ZkOp[], index: number, zkCode: number): ZkError {
  const code = zkErrorCodeFromNumber(zkCode);
  const path = ops[index]?.path;
  return new ZkError(code, `${zkErrorMessage(code, path)} (multi op #${index}, ${ops[index]?.type})`, {
    path,
    details: { opIndex: index, opType: ops[index]?.type, zkCode },
  });
}

function toOpResult(op: ZkOp | undefined, result: LibraryOpResult): ZkOpResult {
  switch (op?.type) {
    case 'create':
      return { type: 'create', path: result.path ?? op.path };
    case 'setData':
      if (!result.stat) throw new ZkError('UNKNOWN', 'UNKNOWN: multi setData result without a Stat', { path: op.path });
      return { type: 'setData', stat: toZkStat(result.stat) };
    case 'remove':
      return { type: 'remove' };
    case 'check':
      return { type: 'check' };
    default:
      throw new ZkError('UNKNOWN', 'UNKNOWN: multi returned more results than ops');
  }
}
