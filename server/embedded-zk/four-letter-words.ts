// Four-letter words: plain-text admin commands sent instead of a ConnectRequest on a fresh
// socket. Formats follow ZooKeeper 3.8's command classes; a known but disabled word gets the
// "not in the whitelist" answer, an unknown one is treated as a (too large) frame length.

import type { Connection } from './connection.ts';
import type { ServerStats } from './server-stats.ts';
import type { Session } from './session-tracker.ts';
import type { ZkDatabase } from './zk-database.ts';

export const ZOOKEEPER_VERSION = '3.8.0-embedded, built on 1970-01-01 00:00 UTC';

export const KNOWN_FOUR_LETTER_WORDS: readonly string[] = [
  'ruok', 'isro', 'srvr', 'stat', 'mntr', 'conf', 'envi', 'cons', 'wchs', 'wchc', 'wchp', 'dump',
  'crst', 'srst', 'gtmk', 'stmk', 'hash',
];

export const DEFAULT_FOUR_LETTER_WORDS: readonly string[] = [
  'ruok', 'isro', 'srvr', 'stat', 'mntr', 'conf', 'envi', 'cons', 'wchs', 'wchc', 'wchp', 'dump',
];

export interface FourLetterWordConfig {
  readonly enabled: ReadonlySet<string>;
  /** What `conf` reports as clientPort once the server listens. */
  readonly clientPort: () => number;
}

/**
 * What the admin words read of a running server. Declared here, so this module depends on
 * the server's parts and not on the server core that calls it.
 */
export interface FourLetterWordHost {
  readonly stats: ServerStats;
  readonly connections: ReadonlySet<Connection>;
  readonly db: ZkDatabase;
  readonly sessions: { all(): readonly Session[] };
  readonly startedAt: number;
  readonly config: {
    readonly fourLetterWords: FourLetterWordConfig;
    readonly tickTime: number;
    readonly minSessionTimeout: number;
    readonly maxSessionTimeout: number;
  };
  now(): number;
}

const hex = (value: bigint): string => BigInt.asUintN(64, value).toString(16);

function connectionLine(connection: Connection, brief: boolean): string {
  let line = ` ${connection.remote}[1](queued=0,recved=${connection.packetsReceived},sent=${connection.packetsSent}`;
  if (!brief && connection.sessionId !== 0n) {
    line += `,sid=0x${hex(connection.sessionId)},lop=${connection.lastOperation},est=${connection.establishedAt}`;
    line += `,to=${connection.sessionTimeout}`;
    if (connection.lastXid >= 0) line += `,lcxid=0x${connection.lastXid.toString(16)}`;
    line += `,lzxid=0x${hex(connection.lastZxid)},lresp=0,llat=0,minlat=0,avglat=0.0,maxlat=0`;
  }
  return `${line})`;
}

function serverSummary(core: FourLetterWordHost): string {
  const { stats } = core;
  return [
    `Latency min/avg/max: ${stats.minLatency}/${stats.avgLatency}/${stats.maxLatency}`,
    `Received: ${stats.packetsReceived}`,
    `Sent: ${stats.packetsSent}`,
    `Connections: ${core.connections.size}`,
    'Outstanding: 0',
    `Zxid: 0x${hex(core.db.lastZxid)}`,
    'Mode: standalone',
    // ZooKeeper's node map holds the root twice ("" and "/"), and srvr counts both.
    `Node count: ${core.db.tree.nodeCount + 1}`,
    '',
  ].join('\n');
}

function monitor(core: FourLetterWordHost): string {
  const { stats, db } = core;
  const pairs: Array<[string, string | number]> = [
    ['zk_version', ZOOKEEPER_VERSION],
    ['zk_server_state', 'standalone'],
    ['zk_ephemerals_count', db.tree.ephemeralCount],
    ['zk_num_alive_connections', core.connections.size],
    ['zk_avg_latency', stats.avgLatency],
    ['zk_outstanding_requests', 0],
    ['zk_znode_count', db.tree.nodeCount + 1],
    ['zk_global_sessions', core.sessions.all().length],
    ['zk_packets_sent', stats.packetsSent],
    ['zk_packets_received', stats.packetsReceived],
    ['zk_watch_count', db.watches.dataWatches.watchCount],
    ['zk_min_latency', stats.minLatency],
    ['zk_max_latency', stats.maxLatency],
    ['zk_approximate_data_size', db.tree.approximateDataSize()],
    ['zk_uptime', core.now() - core.startedAt],
  ];
  return pairs.map(([key, value]) => `${key}\t${value}\n`).join('');
}

function configuration(core: FourLetterWordHost): string {
  const { config } = core;
  return [
    `clientPort=${config.fourLetterWords.clientPort()}`,
    'secureClientPort=-1',
    `tickTime=${config.tickTime}`,
    'maxClientCnxns=0',
    `minSessionTimeout=${config.minSessionTimeout}`,
    `maxSessionTimeout=${config.maxSessionTimeout}`,
    'clientPortListenBacklog=-1',
    'serverId=0',
    '',
  ].join('\n');
}

function environment(): string {
  const lines = [
    'Environment:',
    `zookeeper.version=${ZOOKEEPER_VERSION}`,
    'host.name=localhost',
    `node.version=${process.version}`,
    `os.name=${process.platform}`,
    `os.arch=${process.arch}`,
    `user.dir=${process.cwd()}`,
  ];
  return `${lines.join('\n')}\n`;
}

function watchesByConnection(core: FourLetterWordHost): string {
  let text = '';
  for (const connection of core.connections) {
    const paths = core.db.watches.dataWatches.pathsOf(connection);
    if (paths.length === 0) continue;
    text += `0x${hex(connection.sessionId)}\n${paths.map((path) => `\t${path}\n`).join('')}`;
  }
  return `${text}\n`;
}

function watchesByPath(core: FourLetterWordHost): string {
  const table = core.db.watches.dataWatches;
  let text = '';
  for (const path of table.paths()) {
    const sessions = table.watchersOf(path).map((watcher) => `\t0x${hex((watcher as Connection).sessionId)}\n`);
    text += `${path}\n${sessions.join('')}`;
  }
  return `${text}\n`;
}

function sessionDump(core: FourLetterWordHost): string {
  const sessions = core.sessions.all();
  const withEphemerals = sessions.filter((session) => core.db.tree.ephemeralsOf(session.id).length > 0);
  let text = `SessionTracker dump:\nGlobal Sessions(${sessions.length}):\n`;
  for (const session of sessions) text += `0x${hex(session.id)}\t${session.timeout}ms\n`;
  text += `ephemeral nodes dump:\nSessions with Ephemerals (${withEphemerals.length}):\n`;
  for (const session of withEphemerals) {
    text += `0x${hex(session.id)}:\n${core.db.tree.ephemeralsOf(session.id).map((path) => `\t${path}\n`).join('')}`;
  }
  return text;
}

function run(word: string, core: FourLetterWordHost): string {
  const table = core.db.watches.dataWatches;
  switch (word) {
    case 'ruok':
      return 'imok';
    case 'isro':
      return 'rw';
    case 'srvr':
      return `Zookeeper version: ${ZOOKEEPER_VERSION}\n${serverSummary(core)}`;
    case 'stat': {
      const clients = [...core.connections].map((c) => `${connectionLine(c, true)}\n`).join('');
      return `Zookeeper version: ${ZOOKEEPER_VERSION}\nClients:\n${clients}\n${serverSummary(core)}`;
    }
    case 'mntr':
      return monitor(core);
    case 'conf':
      return configuration(core);
    case 'envi':
      return environment();
    case 'cons':
      return `${[...core.connections].map((c) => `${connectionLine(c, false)}\n`).join('')}\n`;
    case 'wchs':
      return `${table.watcherCount()} connections watching ${table.pathCount} paths\nTotal watches:${table.watchCount}\n`;
    case 'wchc':
      return watchesByConnection(core);
    case 'wchp':
      return watchesByPath(core);
    case 'dump':
      return sessionDump(core);
    default:
      return `${word} is not executed because it is not in the whitelist.\n`;
  }
}

/** The reply to `word`, or null when it is not a four-letter word at all. */
export function answerFourLetterWord(word: string, core: FourLetterWordHost): string | null {
  if (!KNOWN_FOUR_LETTER_WORDS.includes(word)) return null;
  if (!core.config.fourLetterWords.enabled.has(word)) {
    return `${word} is not executed because it is not in the whitelist.\n`;
  }
  return run(word, core);
}
