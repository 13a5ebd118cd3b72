// A node's Stat as the rest of the server sees it. 64-bit ids (zxids, the ephemeral owner's session id) are
// fixed-width '0x' + 16 hex digits, so they compare as strings in numeric order and an ephemeralOwner can
// be compared with ZkClient.sessionId directly; NO_EPHEMERAL_OWNER marks persistent nodes.

import type { LibraryStat } from 'node-zookeeper-client';

export interface ZkStat {
  readonly version: number;
  readonly cversion: number;
  readonly ctime: number;
  readonly mtime: number;
  readonly ephemeralOwner: string;
  readonly numChildren: number;
  readonly dataLength: number;
  readonly czxid: string;
  readonly mzxid: string;
  readonly pzxid: string;
}

export const NO_EPHEMERAL_OWNER = '0x0000000000000000';

/** An 8-byte big-endian long as '0x' + 16 lowercase hex digits. */
export function longToHex(long: Buffer): string {
  return `0x${long.toString('hex').padStart(16, '0')}`;
}

export function toZkStat(stat: LibraryStat): ZkStat {
  return {
    version: stat.version,
    cversion: stat.cversion,
    // Epoch milliseconds fit a double for the next 280,000 years.
    ctime: Number(stat.ctime.readBigInt64BE(0)),
    mtime: Number(stat.mtime.readBigInt64BE(0)),
    ephemeralOwner: longToHex(stat.ephemeralOwner),
    numChildren: stat.numChildren,
    dataLength: stat.dataLength,
    czxid: longToHex(stat.czxid),
    mzxid: longToHex(stat.mzxid),
    pzxid: longToHex(stat.pzxid),
  };
}
