// Differential: Apache Curator 5.4 (Debian libcurator-*-java) driven the way Dubbo 3 uses it
// (ephemeral providers under container parents, watched children, CAS setData, CuratorCache with
// a persistent recursive addWatch, transactions, a mutex, a leader latch and curator-x-discovery)
// against a real ZooKeeper 3.8 and the embedded server: the observations must be equal, and are
// also checked directly. The scenario prints only deterministic observations (CuratorCache events
// sorted), so nothing needs normalising.

import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zookeeperAvailable } from '../support/zookeeper-server.ts';
import { useBothServers, type Target } from '../fixtures/embedded-zk/both-servers.ts';
import { requireTool } from '../support/require-tool.ts';

const JARS = [
  'curator-framework', 'curator-client', 'curator-recipes', 'curator-x-discovery', 'zookeeper', 'zookeeper-jute',
  'guava', 'slf4j-api', 'slf4j-nop', 'jackson-databind', 'jackson-core', 'jackson-annotations',
].map((name) => `/usr/share/java/${name}.jar`);
const available = JARS.every((jar) => existsSync(jar));
const SOURCE = fileURLToPath(new URL('../fixtures/embedded-zk/CuratorScenario.java', import.meta.url));
let classes = '';

function run(command: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: 90_000 }, (error, stdout, stderr) =>
      error ? reject(new Error(`${command} failed: ${error.message}\n${stdout}\n${stderr}`)) : resolve(stdout),
    );
  });
}

async function observe(target: Target): Promise<Record<string, string>> {
  const output = await run('java', ['-cp', [classes, ...JARS].join(':'), 'CuratorScenario', target.connectString]);
  return Object.fromEntries(
    output.trim().split('\n').map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  ) as Record<string, string>;
}

const gate =
  requireTool('Curator jars', available, 'apt-get install libcurator-framework-java libcurator-recipes-java libcurator-discovery-java') &&
  requireTool('ZooKeeper 3.8', zookeeperAvailable(), 'apt-get install zookeeper');

describe.runIf(gate)('Curator against ZooKeeper 3.8 and the embedded server', () => {
  const servers = useBothServers();

  beforeAll(async () => {
    classes = mkdtempSync(join(tmpdir(), 'curator-scenario-'));
    await run('javac', ['-cp', JARS.join(':'), '-d', classes, SOURCE]);
  });

  afterAll(() => {
    if (classes !== '') rmSync(classes, { recursive: true, force: true });
  });

  it('runs the Dubbo-like Curator scenario with the same observations on both servers', async () => {
    const expected = await observe(servers.oracle());
    const observations = await observe(servers.embedded());
    expect(observations).toEqual(expected);
    expect(observations).toEqual({
      provider: '/dubbo/org.example.Greeter/providers/dubbo%3A%2F%2F10.0.0.1',
      parentIsContainerOwnerZero: 'true',
      children: '[dubbo%3A%2F%2F10.0.0.1]',
      childWatch: 'fired',
      staleCas: 'BadVersion',
      cacheEvents: '[change /cache/1, create /cache, create /cache/1, create /cache/1/a, delete /cache/1/a]',
      transaction: '4',
      failedTransaction: 'NodeExists',
      tx2Exists: 'false',
      otherAcquiresWhileHeld: 'false',
      otherAcquiresAfterRelease: 'true',
      leader: 'true',
      discovered: '1',
      afterUnregister: '0',
      done: 'true',
    });
  });
});
