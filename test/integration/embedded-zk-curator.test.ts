// The embedded ZooKeeper driven by Apache Curator 5.4 (Debian libcurator-*-java) the way Dubbo 3
// uses it: ephemeral providers under container parents, watched children, CAS setData,
// CuratorCache (persistent recursive addWatch), transactions, a mutex, a leader latch and
// curator-x-discovery. Skipped when the Curator jars are not installed.

import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireTool } from '../support/require-tool.ts';
import { EmbeddedZooKeeper } from '../../server/embedded-zk/embedded-zookeeper.ts';

const JARS = [
  'curator-framework', 'curator-client', 'curator-recipes', 'curator-x-discovery', 'zookeeper', 'zookeeper-jute',
  'guava', 'slf4j-api', 'slf4j-nop', 'jackson-databind', 'jackson-core', 'jackson-annotations',
].map((name) => `/usr/share/java/${name}.jar`);
const available = JARS.every((jar) => existsSync(jar));
const SOURCE = fileURLToPath(new URL('../fixtures/embedded-zk/CuratorScenario.java', import.meta.url));
const server = new EmbeddedZooKeeper();
let connectString = '';
let classes = '';

function run(command: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: 90_000 }, (error, stdout, stderr) =>
      error ? reject(new Error(`${command} failed: ${error.message}\n${stdout}\n${stderr}`)) : resolve(stdout),
    );
  });
}

beforeAll(async () => {
  connectString = (await server.start()).connectString;
  if (!available) return;
  classes = mkdtempSync(join(tmpdir(), 'curator-scenario-'));
  await run('javac', ['-cp', JARS.join(':'), '-d', classes, SOURCE]);
});

afterAll(async () => {
  await server.stop();
  if (classes !== '') rmSync(classes, { recursive: true, force: true });
});

describe.runIf(requireTool('Curator jars', available, 'apt-get install libcurator-framework-java libcurator-recipes-java libcurator-discovery-java'))('embedded ZooKeeper with Curator', () => {
  it('runs the Dubbo-like Curator scenario', async () => {
    const output = await run('java', ['-cp', [classes, ...JARS].join(':'), 'CuratorScenario', connectString]);
    const observations = Object.fromEntries(
      output.trim().split('\n').map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
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
