import { createRequire } from 'node:module';
import { startZooKeeper } from '../test/support/zookeeper-server.ts';
import { ZkClient } from '../server/zk/zk-client.ts';
import { parseRegistryAddress } from '../server/zk/registry-address.ts';
const nzk = createRequire(import.meta.url)('node-zookeeper-client');

const zk = await startZooKeeper();
const client = new ZkClient({ address: parseRegistryAddress(zk.connectString) });
await client.start();
const N = 200, CALLS = 20000;
await Promise.all(Array.from({ length: N }, (_, i) => client.create(`/s${i}`)));
await Promise.all(Array.from({ length: N }, (_, i) => client.create(`/s${i}/p`)));

const raw = nzk.createClient(zk.connectString);
await new Promise<void>((r) => { raw.once('connected', r); raw.connect(); });
const rawWatcher = () => {};
const rawRun = () => Promise.all(Array.from({ length: CALLS }, (_, i) => new Promise((res, rej) => raw.getChildren(`/s${i % N}`, rawWatcher, (e: unknown, c: string[]) => e ? rej(e) : res(c)))));
const w = () => {};
const wrapRun = () => Promise.all(Array.from({ length: CALLS }, (_, i) => client.getChildren(`/s${i % N}`, w)));
for (let round = 0; round < 4; round++) {
  let c = process.cpuUsage(); let t = performance.now(); await rawRun(); const rawMs = performance.now() - t; const rawCpu = process.cpuUsage(c);
  c = process.cpuUsage(); t = performance.now(); await wrapRun(); const wrapMs = performance.now() - t; const wrapCpu = process.cpuUsage(c);
  console.log(`round ${round}: raw ${rawMs.toFixed(0)} ms (node cpu ${((rawCpu.user+rawCpu.system)/1000).toFixed(0)}), wrapper ${wrapMs.toFixed(0)} ms (node cpu ${((wrapCpu.user+wrapCpu.system)/1000).toFixed(0)}) for ${CALLS} watched getChildren`);
}
raw.close();
await client.stop();
await zk.stop();
