// The embedded ZooKeeper driven by kazoo (Debian python3-kazoo) through a Python script: CRUD,
// transactions, DataWatch/ChildrenWatch, TreeCache, the Lock recipe, digest ACLs, sync and the
// envi/ruok four-letter words. The expected observations match ZooKeeper 3.8.0.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireTool } from '../support/require-tool.ts';
import { EmbeddedZooKeeper } from '../../server/embedded-zk/embedded-zookeeper.ts';

const PYTHON = '/usr/bin/python3';
const kazooAvailable = (): boolean =>
  existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import kazoo'], { stdio: 'ignore' }).status === 0;
const SCRIPT = fileURLToPath(new URL('../fixtures/embedded-zk/kazoo_scenario.py', import.meta.url));
const server = new EmbeddedZooKeeper();
let connectString = '';

function runScript(hosts: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const child = spawn(PYTHON, [SCRIPT, hosts], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(JSON.parse(stdout) as Record<string, unknown>);
      else reject(new Error(`kazoo scenario exited with ${code}: ${stderr}`));
    });
  });
}

beforeAll(async () => {
  connectString = (await server.start()).connectString;
});

afterAll(async () => {
  await server.stop();
});

describe.runIf(requireTool('kazoo (python3-kazoo)', kazooAvailable(), 'apt-get install python3-kazoo'))('embedded ZooKeeper with kazoo', () => {
  it('runs the kazoo scenario with the same observations as ZooKeeper 3.8.0', async () => {
    expect(await runScript(connectString)).toEqual({
      get: ['v', 0, 1],
      create2: '/kz/c2',
      set_version: 1,
      errors: { exists: 'NodeExistsError', missing: 'NoNodeError', bad_version: 'BadVersionError', not_empty: 'NotEmptyError' },
      children: ['a', 'c2'],
      numChildren: 2,
      sequence: ['/kz/q/n-0000000000', '/kz/q/n-0000000001'],
      ephemeral_owner_matches: true,
      transaction: ['/kz/t', true, 'ZnodeStat', true],
      failed_transaction: ['RolledBackError', 'NodeExistsError'],
      t2_exists: false,
      data_watch: ['w', 'watched'],
      tree_cache_y: '2',
      lock_b_while_held: false,
      lock_b_after_release: true,
      acl_owner: 's',
      acl_other: 'NoAuthError',
      sync: '/kz',
      server_version: [3, 8, 0],
      ruok: 'imok',
      deleted: true,
    });
  });
});
