// Shared jute records (zookeeper.jute): Id, ACL and the 68-byte Stat, as plain data plus codecs.

import type { JuteReader, JuteWriter } from './jute-codec.ts';

export interface Id {
  readonly scheme: string;
  readonly id: string;
}

export interface Acl {
  readonly perms: number;
  readonly id: Id;
}

export interface Stat {
  readonly czxid: bigint;
  readonly mzxid: bigint;
  readonly ctime: bigint;
  readonly mtime: bigint;
  readonly version: number;
  readonly cversion: number;
  readonly aversion: number;
  readonly ephemeralOwner: bigint;
  readonly dataLength: number;
  readonly numChildren: number;
  readonly pzxid: bigint;
}

// kazoo sends "" as a null string, so a null scheme or id is read as "" (and later rejected or
// matched exactly like the empty string would be).
export function readId(reader: JuteReader): Id {
  const scheme = reader.readString() ?? '';
  const id = reader.readString() ?? '';
  return { scheme, id };
}

export function writeId(writer: JuteWriter, id: Id): void {
  writer.writeString(id.scheme).writeString(id.id);
}

export function readAcl(reader: JuteReader): Acl {
  const perms = reader.readInt();
  return { perms, id: readId(reader) };
}

export function writeAcl(writer: JuteWriter, acl: Acl): void {
  writer.writeInt(acl.perms);
  writeId(writer, acl.id);
}

export function readAclList(reader: JuteReader): Acl[] {
  return reader.readVector(readAcl) ?? [];
}

export function writeAclList(writer: JuteWriter, acls: readonly Acl[]): void {
  writer.writeVector(acls, writeAcl);
}

export function writeStat(writer: JuteWriter, stat: Stat): void {
  writer
    .writeLong(stat.czxid)
    .writeLong(stat.mzxid)
    .writeLong(stat.ctime)
    .writeLong(stat.mtime)
    .writeInt(stat.version)
    .writeInt(stat.cversion)
    .writeInt(stat.aversion)
    .writeLong(stat.ephemeralOwner)
    .writeInt(stat.dataLength)
    .writeInt(stat.numChildren)
    .writeLong(stat.pzxid);
}

export function readStat(reader: JuteReader): Stat {
  return {
    czxid: reader.readLong(),
    mzxid: reader.readLong(),
    ctime: reader.readLong(),
    mtime: reader.readLong(),
    version: reader.readInt(),
    cversion: reader.readInt(),
    aversion: reader.readInt(),
    ephemeralOwner: reader.readLong(),
    dataLength: reader.readInt(),
    numChildren: reader.readInt(),
    pzxid: reader.readLong(),
  };
}
