// Differential check: one raw-protocol scenario run against the embedded server and against a
// real ZooKeeper 3.8 (test/support/zookeeper-server.ts) must produce identical normalised
// transcripts, zxids included. Skipped when the ZooKeeper jars or java are missing.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireTool } from '../support/require-tool.ts';
import { EmbeddedZooKeeper } from '../../server/embedded-zk/embedded-zookeeper.ts';
import { runDifferentialScenario } from '../fixtures/embedded-zk/differential-scenario.ts';
import { startZooKeeper, zookeeperAvailable, type ZooKeeperProcess } from '../support/zookeeper-server.ts';

const TICK = 500;
const available = zookeeperAvailable();
const embedded = new EmbeddedZooKeeper({ tickTime: TICK });
let oracle: ZooKeeperProcess | null = null;
let embeddedPort = 0;

beforeAll(async () => {
  embeddedPort = (await embedded.start()).port;
  if (available) oracle = await startZooKeeper({ tickTime: TICK });
});

afterAll(async () => {
  await embedded.stop();
  await oracle?.stop();
});

describe.runIf(requireTool('ZooKeeper 3.8', available, 'apt-get install zookeeper'))('embedded ZooKeeper against ZooKeeper 3.8', () => {
  it('produces the same transcript for the raw-protocol scenario', async () => {
    if (oracle === null) throw new Error('oracle not started');
    const expected = await runDifferentialScenario(oracle.port);
    const actual = await runDifferentialScenario(embeddedPort);
    expect(actual).toEqual(expected);
  });
});
