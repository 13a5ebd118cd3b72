// Differential: the same scripted zkCli session (the ZooKeeper 3.8 Java client's ZooKeeperMain,
// commands on stdin) runs against a real ZooKeeper 3.8 and against the embedded server, and the
// normalised outputs must be equal: create (sequential, ephemeral, container, TTL refused),
// NODEEXISTS/NONODE/NOTEMPTY/BADVERSION and ephemeral-parent errors, ls -s/get -s/set -s/stat,
// get -w/ls -w/stat -w watches, removewatches, addauth/whoami, auth ACLs and setAcl versions,
// getEphemerals, getAllChildrenNumber, config, sync, the /zookeeper nodes, a unicode name, a
// container losing its child, addWatch + removewatches -a, reconfig refused, a read-only ACL, then
// close + connect (a new session: the
// ephemerals are gone and the ACL refuses it), addWatch + deleteall (a multi) and quit.
//
// Normalised: the banner and connection lines, the port, ctime/mtime dates (1970 is kept: the
// built-in nodes), ephemeralOwner session ids (→ s1, s2…). Watch notifications are printed by the
// client's event thread and may interleave with command output, so they are compared as their own
// ordered list; siblings deleted by one deleteall are sorted (it deletes in getChildren order,
// which ZooKeeper takes from a HashSet).

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { requireTool } from '../support/require-tool.ts';
import { zookeeperAvailable } from '../support/zookeeper-server.ts';
import { useBothServers, type Target } from '../fixtures/embedded-zk/both-servers.ts';
import { Normaliser } from '../fixtures/embedded-zk/normalise.ts';

const ZOOKEEPER_JAR = '/usr/share/java/zookeeper.jar';
const CLASSPATH = [ZOOKEEPER_JAR, '/usr/share/java/slf4j-nop.jar'].join(':');

const script = (target: Target): string[] => [
  'create /cli hello',
  'create -s /cli/s- x',
  'create -e /cli/e y',
  'create -e -s /cli/es- z',
  'create -c /box',
  'create -t 1000 /ttl',
  'create /cli hello',
  'create /nope/x a',
  'get /nope',
  'delete /cli',
  'delete -v 5 /cli/s-0000000000',
  'set -v 7 /cli w',
  'ls -s /cli',
  'get -s /cli',
  'set -s /cli world',
  'set -v 1 /cli again',
  'stat /cli/e',
  'create /cli/e/child',
  'get -w /cli',
  'ls -w /cli',
  'stat -w /cli/new',
  'create /cli/new n',
  'set /cli x',
  'removewatches /cli',
  'get -s /',
  'stat /zookeeper',
  'addauth digest u:p',
  'whoami',
  'create /sec s auth::cdrwa',
  'getAcl -s /sec',
  'setAcl -v 5 /sec world:anyone:r',
  'setAcl -s /sec auth::r',
  'set /sec nope',
  'getEphemerals',
  'getAllChildrenNumber /cli',
  'getAcl /zookeeper/config',
  'config',
  'sync /cli',
  'get /zookeeper/config',
  'ls /zookeeper',
  'create /cli/ünï u',
  'get -s /cli/ünï',
  'create /box/k',
  'delete /box/k',
  'stat /box',
  'addWatch /cli/a',
  'create /cli/a 1',
  'set /cli/a 2',
  'create /cli/a/b',
  'removewatches /cli/a -a',
  'set /cli/a 3',
  'reconfig -remove 5',
  'create /ro r world:anyone:r',
  'set /ro x',
  'setAcl /ro ip:127.0.0.1:cdrwa',
  'getAcl -s /ro',
  'close',
  `connect ${target.host}:${target.port}`,
  'get /sec',
  'ls /cli',
  'getEphemerals',
  'whoami',
  'addWatch -m PERSISTENT_RECURSIVE /cli',
  'deleteall /cli',
  'ls /',
];

// Asynchronous on purpose: the embedded server runs in this process and must keep serving meanwhile.
function zkCli(target: Target): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'java',
      ['-cp', CLASSPATH, 'org.apache.zookeeper.ZooKeeperMain', '-server', target.connectString],
      { timeout: 90_000 },
      (error, stdout, stderr) => (error ? reject(new Error(`zkCli against ${target.name}: ${error.message}\n${stdout}\n${stderr}`)) : resolve({ stdout, stderr })),
    );
    child.stdin?.end(`${[...script(target), 'quit'].join('\n')}\n`);
  });
}

interface CliTranscript {
  readonly output: string[];
  readonly errors: string[];
  readonly events: string[];
}

const NOISE = [/^Connecting to /, /^Welcome to ZooKeeper!$/, /^JLine support is /, /^WATCHER::$/, /^SLF4J: /, /^$/];

function normalise({ stdout, stderr }: { stdout: string; stderr: string }): CliTranscript {
  const n = new Normaliser();
  const output: string[] = [];
  const events: string[] = [];
  for (const line of stdout.split('\n')) {
    if (NOISE.some((pattern) => pattern.test(line))) continue;
    if (line.startsWith('WatchedEvent ')) {
      events.push(line);
      continue;
    }
    output.push(
      line
        .replace(/^(ctime|mtime) = (?!Thu Jan 01 00:00:00 UTC 1970).*$/, '$1 = T')
        .replace(/^ephemeralOwner = 0x([0-9a-f]+)$/, (_m, hex: string) => `ephemeralOwner = ${n.session(`0x${hex}`)}`),
    );
  }
  const errors = stderr.split('\n').filter((line) => !NOISE.some((pattern) => pattern.test(line)));
  return { output, errors, events: sortSiblingDeletes(events) };
}

/** Sorts each run of consecutive NodeDeleted events for children of one parent. */
function sortSiblingDeletes(events: string[]): string[] {
  const parentOf = (line: string): string | null => {
    const match = /type:NodeDeleted path:(.*)\/[^/]+$/.exec(line);
    return match ? match[1] ?? '' : null;
  };
  const out: string[] = [];
  for (let i = 0; i < events.length; ) {
    const parent = parentOf(events[i] ?? '');
    let j = i + 1;
    while (parent !== null && j < events.length && parentOf(events[j] ?? '') === parent) j += 1;
    out.push(...events.slice(i, j).sort());
    i = j;
  }
  return out;
}

const gate =
  requireTool('zkCli (zookeeper.jar)', existsSync(ZOOKEEPER_JAR), 'apt-get install zookeeper') &&
  requireTool('ZooKeeper 3.8', zookeeperAvailable(), 'apt-get install zookeeper');

describe.runIf(gate)('zkCli against ZooKeeper 3.8 and the embedded server', () => {
  const servers = useBothServers();

  it('prints the same normalised session on both servers', async () => {
    const [expected, actual] = (await Promise.all([zkCli(servers.oracle()), zkCli(servers.embedded())])).map(normalise);
    expect(actual).toEqual(expected);

    // Direct checks, so that a behaviour shared by both runs cannot hide a broken script.
    const { output, errors, events } = actual as CliTranscript;
    expect(errors).toEqual([
      'Created /cli',
      'Created /cli/s-0000000000',
      'Created /cli/e',
      'Created /cli/es-0000000002',
      'Created /box',
      'KeeperErrorCode = Unimplemented for /ttl',
      'Node already exists: /cli',
      'Node does not exist: /nope/x',
      'Node does not exist: /nope',
      'Node not empty: /cli',
      'version No is not valid : /cli/s-0000000000',
      'version No is not valid : /cli',
      'Ephemerals cannot have children: /cli/e/child',
      'Node does not exist: /cli/new',
      'Created /cli/new',
      'KeeperErrorCode = No such watcher for /cli',
      'Created /sec',
      'version No is not valid : /sec',
      'Insufficient permission : /sec',
      'Created /cli/ünï',
      'Created /box/k',
      'Created /cli/a',
      'Created /cli/a/b',
      'KeeperErrorCode = Reconfig is disabled',
      'Created /ro',
      'Insufficient permission : /ro',
      'Insufficient permission : /ro',
      'Insufficient permission : /sec',
    ]);
    const text = output.join('\n');
    expect(text).toContain('[e, es-0000000002, s-0000000000]\ncZxid = 0x2\n');
    expect(text).toContain('ephemeralOwner = s1\n');
    expect(text).toContain('Auth scheme: User\nip: 127.0.0.1\ndigest: u\n');
    expect(text).toContain("'digest,'u:Jq7wMyA/w2Vd5WIDAKdu4OIIFEQ=\n: cdrwa\n");
    expect(text).toContain('[/cli/e, /cli/es-0000000002]\n');
    expect(text).toContain('Sync is OK\n');
    expect(text).toContain('\n[config, quota]\n');
    // The second session: the ephemerals are gone, it has no ephemerals and no digest identity.
    expect(text).toMatch(/\n\[a, new, s-0000000000, ünï\]\n\[\]\nAuth scheme: User\nip: 127.0.0.1\n\[box, ro, sec, zookeeper\]$/);
    expect(events).toEqual([
      'WatchedEvent state:SyncConnected type:None path:null',
      'WatchedEvent state:SyncConnected type:NodeCreated path:/cli/new',
      'WatchedEvent state:SyncConnected type:NodeChildrenChanged path:/cli',
      'WatchedEvent state:SyncConnected type:NodeDataChanged path:/cli',
      'WatchedEvent state:SyncConnected type:NodeCreated path:/cli/a',
      'WatchedEvent state:SyncConnected type:NodeDataChanged path:/cli/a',
      'WatchedEvent state:SyncConnected type:NodeCreated path:/cli/a/b',
      'WatchedEvent state:SyncConnected type:PersistentWatchRemoved path:/cli/a',
      'WatchedEvent state:Closed type:None path:null',
      'WatchedEvent state:SyncConnected type:None path:null',
      'WatchedEvent state:SyncConnected type:NodeDeleted path:/cli/a/b',
      'WatchedEvent state:SyncConnected type:NodeDeleted path:/cli/a',
      'WatchedEvent state:SyncConnected type:NodeDeleted path:/cli/new',
      'WatchedEvent state:SyncConnected type:NodeDeleted path:/cli/s-0000000000',
      'WatchedEvent state:SyncConnected type:NodeDeleted path:/cli/ünï',
      'WatchedEvent state:SyncConnected type:NodeDeleted path:/cli',
      'WatchedEvent state:Closed type:None path:null',
    ]);
  });
});
