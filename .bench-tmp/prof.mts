import { createRequire } from 'node:module';
import { startZooKeeper } from '../test/support/zookeeper-server.ts';
const nzk = createRequire(import.meta.url)('node-zookeeper-client');
const zk = await startZooKeeper();
const raw = nzk.createClient(zk.connectString);
await new Promise<void>((r) => { raw.once('connected', r); raw.connect(); });
const call = (fn: (cb: (e: unknown, v?: unknown) => void) => void) => new Promise((res, rej) => fn((e, v) => (e ? rej(e) : res(v))));
const N = 200, CALLS = 20000;
await Promise.all(Array.from({ length: N }, (_, i) => call((cb) => raw.create(`/s${i}`, cb))));
await Promise.all(Array.from({ length: N }, (_, i) => call((cb) => raw.create(`/s${i}/p`, cb))));
const w = () => {};
for (let round = 0; round < 3; round++) {
  const t = performance.now();
  await Promise.all(Array.from({ length: CALLS }, (_, i) => call((cb) => raw.getChildren(`/s${i % N}`, w, cb))));
  console.log(`raw ${(performance.now() - t).toFixed(0)} ms`);
}
raw.close();
await zk.stop();
