// Request bodies (zookeeper.jute) decoded into a discriminated union, so the processor works on
// data rather than on a byte cursor. Decoding failures surface as JuteDecodeError.

import { JuteDecodeError, type JuteReader } from './jute-codec.ts';
import { OpCode } from './opcodes.ts';
import { readAclList, type Acl } from './records.ts';

export type CreateOpCode = typeof OpCode.create | typeof OpCode.create2 | typeof OpCode.createContainer | typeof OpCode.createTTL;

export interface CreateRequest {
  readonly kind: 'create';
  readonly type: CreateOpCode;
  readonly path: string;
  readonly data: Buffer | null;
  readonly acl: readonly Acl[];
  readonly flags: number;
  readonly ttl: bigint;
}

export interface DeleteRequest {
  readonly kind: 'delete';
  readonly path: string;
  readonly version: number;
}

export interface SetDataRequest {
  readonly kind: 'setData';
  readonly path: string;
  readonly data: Buffer | null;
  readonly version: number;
}

export interface CheckRequest {
  readonly kind: 'check';
  readonly path: string;
  readonly version: number;
}

export interface SetAclRequest {
  readonly kind: 'setACL';
  readonly path: string;
  readonly acl: readonly Acl[];
  readonly version: number;
}

/** The operations that may appear inside a multi transaction (plus setACL, applied alone). */
export type WriteRequest = CreateRequest | DeleteRequest | SetDataRequest | CheckRequest | SetAclRequest;

export interface PathWatchRequest {
  readonly kind: 'exists' | 'getData' | 'getChildren' | 'getChildren2';
  readonly path: string;
  readonly watch: boolean;
}

export type ReadOpRequest = PathWatchRequest & { readonly kind: 'getData' | 'getChildren' };

export interface SetWatchesRequest {
  readonly kind: 'setWatches';
  readonly relativeZxid: bigint;
  readonly dataWatches: readonly string[];
  readonly existWatches: readonly string[];
  readonly childWatches: readonly string[];
  readonly persistentWatches: readonly string[];
  readonly persistentRecursiveWatches: readonly string[];
}

export function readPath(reader: JuteReader): string {
  const path = reader.readString();
  // Java dereferences the path and fails with an NPE, which ZooKeeper reports as MARSHALLINGERROR.
  if (path === null) throw new JuteDecodeError('null path');
  return path;
}

export function readCreate(reader: JuteReader, type: CreateOpCode): CreateRequest {
  const path = readPath(reader);
  const data = reader.readBuffer();
  const acl = readAclList(reader);
  const flags = reader.readInt();
  const ttl = type === OpCode.createTTL ? reader.readLong() : -1n;
  return { kind: 'create', type, path, data, acl, flags, ttl };
}

export function readDelete(reader: JuteReader): DeleteRequest {
  const path = readPath(reader);
  return { kind: 'delete', path, version: reader.readInt() };
}

export function readSetData(reader: JuteReader): SetDataRequest {
  const path = readPath(reader);
  const data = reader.readBuffer();
  return { kind: 'setData', path, data, version: reader.readInt() };
}

export function readCheck(reader: JuteReader): CheckRequest {
  const path = readPath(reader);
  return { kind: 'check', path, version: reader.readInt() };
}

export function readSetAcl(reader: JuteReader): SetAclRequest {
  const path = readPath(reader);
  const acl = readAclList(reader);
  return { kind: 'setACL', path, acl, version: reader.readInt() };
}

export function readPathWatch(reader: JuteReader, kind: PathWatchRequest['kind']): PathWatchRequest {
  const path = readPath(reader);
  return { kind, path, watch: reader.readBool() };
}

function readPathList(reader: JuteReader): string[] {
  return (reader.readVector((r) => r.readString()) ?? []).filter((p): p is string => p !== null);
}

export function readSetWatches(reader: JuteReader, withPersistent: boolean): SetWatchesRequest {
  const relativeZxid = reader.readLong();
  const dataWatches = readPathList(reader);
  const existWatches = readPathList(reader);
  const childWatches = readPathList(reader);
  const persistentWatches = withPersistent ? readPathList(reader) : [];
  const persistentRecursiveWatches = withPersistent ? readPathList(reader) : [];
  return {
    kind: 'setWatches',
    relativeZxid,
    dataWatches,
    existWatches,
    childWatches,
    persistentWatches,
    persistentRecursiveWatches,
  };
}

export interface MultiHeader {
  readonly type: number;
  readonly done: boolean;
  readonly err: number;
}

export function readMultiHeader(reader: JuteReader): MultiHeader {
  return { type: reader.readInt(), done: reader.readBool(), err: reader.readInt() };
}
