// The embedded ZooKeeper driven by the ZooKeeper 3.8 Java client through zkCli (ZooKeeperMain)
// with a scripted session on stdin: create (sequential, ephemeral), ls -s, get -s, set, stat,
// addauth/whoami, getEphemerals, getAllChildrenNumber, getAcl, config, sync, addWatch and
// deleteall (a multi of deletes), then quit (closeSession).

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireTool } from '../support/require-tool.ts';
import { EmbeddedZooKeeper } from '../../server/embedded-zk/embedded-zookeeper.ts';

const ZOOKEEPER_JAR = '/usr/share/java/zookeeper.jar';
const CLASSPATH = [ZOOKEEPER_JAR, '/usr/share/java/slf4j-nop.jar'].join(':');
const server = new EmbeddedZooKeeper();
let port = 0;

// Asynchronous on purpose: the server runs in this process and must keep serving meanwhile.
function zkCli(commands: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'java',
      ['-cp', CLASSPATH, 'org.apache.zookeeper.ZooKeeperMain', '-server', `127.0.0.1:${port}`],
      { timeout: 60_000 },
      (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stdout}\n${stderr}`)) : resolve(`${stdout}${stderr}`)),
    );
    child.stdin?.end(`${[...commands, 'quit'].join('\n')}\n`);
  });
}

beforeAll(async () => {
  port = (await server.start()).port;
});

afterAll(async () => {
  await server.stop();
});

describe.runIf(requireTool('zkCli (zookeeper.jar)', existsSync(ZOOKEEPER_JAR), 'apt-get install zookeeper'))('embedded ZooKeeper with zkCli', () => {
  it('runs a scripted zkCli session', async () => {
    const output = await zkCli([
      'create /cli hello',
      'create -s /cli/s- x',
      'create -e /cli/e y',
      'ls -s /cli',
      'get -s /cli',
      'set /cli world',
      'stat /cli',
      'addauth digest u:p',
      'whoami',
      'getEphemerals',
      'getAllChildrenNumber /cli',
      'getAcl /zookeeper/config',
      'sync /cli',
      'addWatch -m PERSISTENT_RECURSIVE /cli',
      'deleteall /cli',
      'ls /',
    ]);
    expect(output).toContain('Created /cli\n');
    expect(output).toContain('Created /cli/s-0000000000\n');
    expect(output).toContain('Created /cli/e\n');
    expect(output).toMatch(/\[e, s-0000000000\]|\[s-0000000000, e\]/);
    expect(output).toMatch(/\nhello\ncZxid = 0x2\n/);
    expect(output).toMatch(/\nmZxid = 0x5\n[^]*\ndataVersion = 1\n/);
    expect(output).toContain('numChildren = 2\n');
    expect(output).toContain('Auth scheme: User\nip: 127.0.0.1\ndigest: u\n');
    expect(output).toContain('[/cli/e]\n2\n');
    expect(output).toContain("'world,'anyone\n: r\n");
    expect(output).toContain('Sync is OK');
    expect(output).toContain('type:NodeDeleted path:/cli/e');
    expect(output).toContain('type:NodeDeleted path:/cli\n');
    expect(output).toMatch(/\n\[zookeeper\]\n/);
    expect(output).not.toMatch(/KeeperErrorCode|Exception/);
  });
});
