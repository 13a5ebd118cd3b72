// multi (op 14): all-or-nothing execution of create/delete/setData/check under one zxid and one
// timestamp. Each op sees the effects of the ops before it. On the first failure everything is
// rolled back and every result becomes an error: 0 before the failing op, its code at it,
// RUNTIMEINCONSISTENCY (-2) after it. The ReplyHeader err stays 0 either way.

import { ErrorCode, KeeperError } from './error-codes.ts';
import { JuteDecodeError, type JuteReader, type JuteWriter } from './jute-codec.ts';
import { OpCode } from './opcodes.ts';
import { writeStat } from './records.ts';
import { readCheck, readCreate, readDelete, readMultiHeader, readSetData, type WriteRequest } from './request-records.ts';
import type { DataTree } from './data-tree.ts';
import type { Transaction } from './transaction.ts';
import { applyWrite, resultOpCode, type Caller, type WriteResult } from './write-operations.ts';

export type MultiOpResult = { readonly ok: true; readonly result: WriteResult } | { readonly ok: false; readonly err: number };

/**
 * ZooKeeper 3.8 rebuilds create ops from their flags when it deserialises a multi, so a create2
 * header still answers as create (1) unless the flags ask for a container (19) or TTL (21).
 */
function createTypeFromFlags(flags: number): typeof OpCode.create | typeof OpCode.createContainer | typeof OpCode.createTTL {
  if (flags === 4) return OpCode.createContainer;
  if (flags === 5 || flags === 6) return OpCode.createTTL;
  return OpCode.create;
}

/** Decodes the ops of a multi; read ops or unknown types are a marshalling error, as in 3.8. */
export function readMultiOps(reader: JuteReader): WriteRequest[] {
  const ops: WriteRequest[] = [];
  for (let header = readMultiHeader(reader); !header.done; header = readMultiHeader(reader)) {
    switch (header.type) {
      case OpCode.create:
      case OpCode.create2:
      case OpCode.createContainer:
      case OpCode.createTTL: {
        const decoded = readCreate(reader, header.type === OpCode.createTTL ? OpCode.createTTL : OpCode.create);
        ops.push({ ...decoded, type: createTypeFromFlags(decoded.flags) });
        break;
      }
      case OpCode.delete:
        ops.push(readDelete(reader));
        break;
      case OpCode.setData:
        ops.push(readSetData(reader));
        break;
      case OpCode.check:
        ops.push(readCheck(reader));
        break;
      default:
        throw new JuteDecodeError(`op ${header.type} is not allowed in a multi`);
    }
  }
  return ops;
}

/** Runs the ops inside `txn`; on failure the transaction is rolled back before returning. */
export function runMulti(tree: DataTree, txn: Transaction, caller: Caller, ops: readonly WriteRequest[]): MultiOpResult[] {
  const results: MultiOpResult[] = [];
  for (const [index, op] of ops.entries()) {
    try {
      results.push({ ok: true, result: applyWrite(tree, txn, caller, op) });
    } catch (error) {
      if (!(error instanceof KeeperError)) throw error;
      txn.rollback();
      return ops.map((_, i) => ({
        ok: false,
        err: i < index ? ErrorCode.ok : i === index ? error.code : ErrorCode.runtimeInconsistency,
      }));
    }
  }
  return results;
}

function writeMultiHeader(writer: JuteWriter, type: number, done: boolean, err: number): void {
  writer.writeInt(type).writeBool(done).writeInt(err);
}

export function writeMultiResponse(writer: JuteWriter, results: readonly MultiOpResult[]): void {
  for (const entry of results) {
    if (!entry.ok) {
      writeMultiHeader(writer, OpCode.error, false, entry.err);
      writer.writeInt(entry.err);
      continue;
    }
    const { result } = entry;
    const type = resultOpCode(result);
    writeMultiHeader(writer, type, false, 0);
    if (result.kind === 'create') {
      writer.writeString(result.path);
      if (type === OpCode.create2) writeStat(writer, result.stat);
    } else if (result.kind === 'setData' || result.kind === 'setACL') {
      writeStat(writer, result.stat);
    }
  }
  writeMultiHeader(writer, -1, true, -1);
}
