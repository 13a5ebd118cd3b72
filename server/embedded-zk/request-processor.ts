// Dispatch of one request (after the handshake) to its operation, producing the reply. Writes run
// as transactions (one zxid each, even when they fail); reads answer with the last zxid; unknown
// opcodes answer UNIMPLEMENTED with zxid -1. Because everything here is synchronous, the watch
// notifications a request causes are written before its reply, and replies stay in FIFO order.

import { digestId } from './acl.ts';
import { ErrorCode, KeeperError } from './error-codes.ts';
import { JuteDecodeError, JuteReader, JuteWriter } from './jute-codec.ts';
import { readMultiOps, runMulti, writeMultiResponse } from './multi.ts';
import { OpCode, SpecialXid } from './opcodes.ts';
import * as reads from './read-operations.ts';
import { writeStat, type Id } from './records.ts';
import { readCheck, readCreate, readDelete, readSetAcl, readSetData, type WriteRequest } from './request-records.ts';
import type { Transaction } from './transaction.ts';
import * as watchOps from './watch-operations.ts';
import type { Watcher } from './watch-table.ts';
import { applyWrite, type Caller } from './write-operations.ts';
import type { ZkDatabase } from './zk-database.ts';

/** The connection a request arrived on, as the processor needs it. */
export interface Client extends Caller {
  readonly watcher: Watcher;
  readonly address: string;
  addAuthId(id: Id): void;
}

export interface Reply {
  readonly xid: number;
  readonly zxid: bigint;
  readonly err: number;
  /** Response record; only sent when err is 0. */
  readonly body: Buffer | null;
}

export interface Outcome {
  readonly reply: Reply;
  /** Close the connection once the reply is written (closeSession, failed auth). */
  readonly close: boolean;
}

export interface RequestProcessorOptions {
  readonly db: ZkDatabase;
  /** Runs the closeSession transaction and returns its zxid. */
  readonly closeSession: (sessionId: bigint) => bigint;
  /** `super:<digest>`-style id that grants the super identity on digest auth (optional). */
  readonly superDigest?: string | undefined;
}

type ReadHandler = (ctx: reads.ReadContext, reader: JuteReader, writer: JuteWriter) => void;

const readHandlers: ReadonlyMap<number, ReadHandler> = new Map<number, ReadHandler>([
  [OpCode.exists, reads.exists],
  [OpCode.getData, reads.getData],
  [OpCode.getChildren, reads.getChildren],
  [OpCode.getChildren2, reads.getChildren2],
  [OpCode.getACL, reads.getAcl],
  [OpCode.getAllChildrenNumber, reads.getAllChildrenNumber],
  [OpCode.getEphemerals, reads.getEphemerals],
  [OpCode.whoAmI, reads.whoAmI],
  [OpCode.sync, reads.sync],
  [OpCode.multiRead, reads.multiRead],
  [OpCode.setWatches, watchOps.setWatches],
  [OpCode.setWatches2, watchOps.setWatches2],
  [OpCode.checkWatches, watchOps.checkWatches],
  [OpCode.removeWatches, watchOps.removeWatches],
  [OpCode.addWatch, watchOps.addWatch],
]);

function decodeWrite(type: number, reader: JuteReader): WriteRequest {
  switch (type) {
    case OpCode.create:
    case OpCode.create2:
    case OpCode.createContainer:
    case OpCode.createTTL:
      return readCreate(reader, type);
    case OpCode.delete:
      return readDelete(reader);
    case OpCode.setData:
      return readSetData(reader);
    case OpCode.setACL:
      return readSetAcl(reader);
    default:
      return readCheck(reader);
  }
}

const WRITE_OPS: ReadonlySet<number> = new Set([
  OpCode.create, OpCode.create2, OpCode.createContainer, OpCode.createTTL,
  OpCode.delete, OpCode.setData, OpCode.setACL, OpCode.check,
]);

export class RequestProcessor {
  constructor(private readonly options: RequestProcessorOptions) {}

  process(client: Client, xid: number, type: number, body: Buffer): Outcome {
    const { db } = this.options;
    const reader = new JuteReader(body);
    if (type === OpCode.ping) return this.answer(SpecialXid.ping, db.lastZxid, ErrorCode.ok, null);
    if (type === OpCode.auth) return this.authenticate(client, xid, reader);
    if (type === OpCode.closeSession) {
      return { reply: { xid, zxid: this.options.closeSession(client.sessionId), err: 0, body: null }, close: true };
    }
    if (WRITE_OPS.has(type)) return this.runWrite(client, xid, type, reader);
    if (type === OpCode.multi) {
      // runMulti rolls back by itself on a failing op, so the transaction then publishes nothing.
      return this.runTransaction(xid, (txn, writer) => {
        writeMultiResponse(writer, runMulti(db.tree, txn, client, readMultiOps(reader)));
      });
    }
    if (type === OpCode.reconfig) return this.runTransaction(xid, () => this.fail(ErrorCode.reconfigDisabled));
    const read = readHandlers.get(type);
    if (read === undefined) return this.answer(xid, -1n, ErrorCode.unimplemented, null);
    return this.runRead(xid, () => {
      const writer = new JuteWriter();
      read({ db, caller: client, watcher: client.watcher }, reader, writer);
      return writer.toBuffer();
    });
  }

  private runWrite(client: Client, xid: number, type: number, reader: JuteReader): Outcome {
    const { tree } = this.options.db;
    return this.runTransaction(xid, (txn, writer) => {
      // ZooKeeper 3.8 answers a top-level check with no reply at all; master (and this server)
      // reject it as UNIMPLEMENTED. It still consumes a zxid in both.
      if (type === OpCode.check) this.fail(ErrorCode.unimplemented);
      const result = applyWrite(tree, txn, client, decodeWrite(type, reader));
      if (result.kind === 'create') {
        writer.writeString(result.path);
        if (type !== OpCode.create) writeStat(writer, result.stat);
      } else if (result.kind === 'setData' || result.kind === 'setACL') {
        writeStat(writer, result.stat);
      }
    });
  }

  /**
   * Runs a write-like request as one zxid-consuming transaction (a body that throws still uses
   * the zxid); the reply carries that zxid.
   */
  private runTransaction(xid: number, body: (txn: Transaction, writer: JuteWriter) => void): Outcome {
    const { db } = this.options;
    const writer = new JuteWriter();
    try {
      db.transact((txn) => body(txn, writer));
      return this.answer(xid, db.lastZxid, ErrorCode.ok, writer.toBuffer());
    } catch (error) {
      return this.answer(xid, db.lastZxid, this.errorCode(error), null);
    }
  }

  private runRead(xid: number, body: () => Buffer): Outcome {
    try {
      const bytes = body();
      return this.answer(xid, this.options.db.lastZxid, ErrorCode.ok, bytes);
    } catch (error) {
      return this.answer(xid, this.options.db.lastZxid, this.errorCode(error), null);
    }
  }

  /**
   * Auth packets answer with zxid 0. digest always succeeds (any bytes hash to an id), ip adds the
   * peer address; any other scheme fails with AUTHFAILED and the connection is closed.
   */
  private authenticate(client: Client, xid: number, reader: JuteReader): Outcome {
    let scheme: string | null;
    let auth: Buffer | null;
    try {
      reader.readInt();
      scheme = reader.readString();
      auth = reader.readBuffer();
    } catch {
      return { reply: { xid, zxid: 0n, err: ErrorCode.authFailed, body: null }, close: true };
    }
    if (scheme === 'digest') {
      const id = digestId((auth ?? Buffer.alloc(0)).toString('utf8'));
      if (this.options.superDigest !== undefined && id === this.options.superDigest) {
        client.addAuthId({ scheme: 'super', id: '' });
      }
      client.addAuthId({ scheme: 'digest', id });
    } else if (scheme === 'ip') {
      client.addAuthId({ scheme: 'ip', id: client.address });
    } else {
      return { reply: { xid, zxid: 0n, err: ErrorCode.authFailed, body: null }, close: true };
    }
    return this.answer(xid, 0n, ErrorCode.ok, null);
  }

  private errorCode(error: unknown): number {
    if (error instanceof KeeperError) return error.code;
    if (error instanceof JuteDecodeError) return ErrorCode.marshallingError;
    throw error;
  }

  private fail(code: (typeof ErrorCode)[keyof typeof ErrorCode]): never {
    throw new KeeperError(code);
  }

  private answer(xid: number, zxid: bigint, err: number, body: Buffer | null): Outcome {
    return { reply: { xid, zxid, err, body: err === 0 ? body : null }, close: false };
  }
}
