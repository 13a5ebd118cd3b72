import { startZooKeeper } from '../test/support/zookeeper-server.ts';
import { ZkClient } from '../server/zk/zk-client.ts';
import { parseRegistryAddress } from '../server/zk/registry-address.ts';
const zk = await startZooKeeper();
const client = new ZkClient({ address: parseRegistryAddress(zk.connectString) });
await client.start();
const N = 200, CALLS = 20000;
await Promise.all(Array.from({ length: N }, (_, i) => client.create(`/s${i}`)));
await Promise.all(Array.from({ length: N }, (_, i) => client.create(`/s${i}/p`)));
const w = () => {};
for (let round = 0; round < 3; round++) {
  const t = performance.now();
  await Promise.all(Array.from({ length: CALLS }, (_, i) => client.getChildren(`/s${i % N}`, w)));
  console.log(`wrapper ${(performance.now() - t).toFixed(0)} ms`);
}
await client.stop();
await zk.stop();
