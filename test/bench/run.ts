// `npm run bench`: the registry mirror at fleet scale on a real ZooKeeper.
// Reports cold-sync time against the raw listing floor, heap per provider URL, change→SSE
// latency and API latency. Size: BENCH_SERVICES (10000), BENCH_PROVIDERS (10 per service),
// BENCH_CONSUMERS (2 per service). Results print as Markdown and go to .bench/results.json.

import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { encodeJavaUrl } from '../../server/dubbo/java-url-codec.ts';
import { createApp } from '../../server/http/create-app.ts';
import { RegistryMirror } from '../../server/registry/registry-mirror.ts';
import { serviceIndex } from '../../server/registry/service-index.ts';
import { parseRegistryAddress } from '../../server/zk/registry-address.ts';
import { ZkClient } from '../../server/zk/zk-client.ts';
import { openEventStream } from '../support/sse-client.ts';
import { waitFor } from '../support/wait-for.ts';
import { startZooKeeper } from '../support/zookeeper-server.ts';
import { listRegistryFloor, listRegistryFloorWrapped } from './list-floor.ts';
import { median, percentile } from '../support/percentiles.ts';
import { runTopologyBench } from './topology-bench.ts';
import { interfaceName, providerUrl, writeSyntheticRegistry, type RegistrySize } from './synthetic-registry.ts';
import { localSecurity } from '../../server/http-security.ts';

const ROOT = '/dubbo';
const IN_FLIGHT = 1000;
const size: RegistrySize = {
  services: Number(process.env['BENCH_SERVICES'] ?? 10_000),
  providersPerService: Number(process.env['BENCH_PROVIDERS'] ?? 10),
  consumersPerService: Number(process.env['BENCH_CONSUMERS'] ?? 2),
};
const logger = pino({ level: 'silent' });
const gc = (globalThis as { gc?: () => void }).gc;

function heapUsed(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

async function syncMirror(connectString: string): Promise<{ ms: number; mirror: RegistryMirror; client: ZkClient }> {
  const client = new ZkClient({ address: parseRegistryAddress(connectString) });
  await client.start();
  const mirror = new RegistryMirror({ client, root: ROOT, logger, maxReadsInFlight: IN_FLIGHT });
  const { ms } = await timed(async () => {
    mirror.start();
    await mirror.whenSynced();
  });
  return { ms, mirror, client };
}

async function getTimed(base: string, path: string): Promise<number> {
  const start = performance.now();
  const res = await fetch(new URL(path, base));
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return performance.now() - start;
}

async function main(): Promise<void> {
  if (!gc) throw new Error('run with node --expose-gc (npm run bench does)');
  const providers = size.services * size.providersPerService;
  const consumers = size.services * size.consumersPerService;
  process.stdout.write(`registry: ${size.services} services, ${providers} providers, ${consumers} consumers\n`);
  const zk = await startZooKeeper({ tickTime: 2000, extraConfig: { forceSync: 'no' }, jvm: 'bench' });
  const writer = new ZkClient({ address: parseRegistryAddress(zk.connectString) });
  try {
    await writer.start();
    const generated = await timed(() => writeSyntheticRegistry(writer, ROOT, size));
    process.stdout.write(`generated ${generated.value} nodes in ${(generated.ms / 1000).toFixed(1)} s\n`);

    const floors: number[] = [];
    for (let run = 0; run < 3; run += 1) {
      floors.push((await timed(() => listRegistryFloor(zk.connectString, ROOT, IN_FLIGHT))).ms);
    }
    const wrappedFloors: number[] = [];
    for (let run = 0; run < 3; run += 1) {
      const reader = new ZkClient({ address: parseRegistryAddress(zk.connectString) });
      await reader.start();
      wrappedFloors.push((await timed(() => listRegistryFloorWrapped(reader, ROOT, IN_FLIGHT))).ms);
      await reader.stop();
    }
    const syncs: number[] = [];
    for (let run = 0; run < 2; run += 1) {
      const { ms, mirror, client } = await syncMirror(zk.connectString);
      syncs.push(ms);
      mirror.stop();
      await client.stop();
    }
    const heapBefore = heapUsed();
    const { ms: lastSync, mirror, client } = await syncMirror(zk.connectString);
    syncs.push(lastSync);
    const heapSnapshot = heapUsed() - heapBefore;
    const urls = providers + consumers;
    serviceIndex(mirror.snapshot);
    const heapIndexed = heapUsed() - heapBefore;
    const snapshotServices = serviceIndex(mirror.snapshot).size;
    process.stdout.write(`wrapped floor ${wrappedFloors.map((f) => f.toFixed(0)).join('/')} ms\n`);
    process.stdout.write(`floor ${floors.map((f) => f.toFixed(0)).join('/')} ms, sync ${syncs.map((s) => s.toFixed(0)).join('/')} ms\n`);

    const app = createApp({ registry: mirror, registryAddress: zk.connectString, logger, version: 'bench', security: localSecurity() });
    const server = http.createServer(app.app).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const stream = await openEventStream(new URL('/api/events', base).href);
    const latencies: number[] = [];
    for (let n = 0; n < 60; n += 1) {
      const i = (n * 7919) % size.services;
      const key = interfaceName(i);
      const seen = stream.events.length;
      const path = `${ROOT}/${encodeJavaUrl(key)}/providers/${encodeJavaUrl(providerUrl(i, 500 + n))}`;
      const start = performance.now();
      await writer.create(path);
      await waitFor(() => stream.events.slice(seen).some((e) => e.event === 'change' && e.data.includes(`"${key}"`)), {
        intervalMs: 1,
        message: `change event for ${key}`,
      });
      latencies.push(performance.now() - start);
    }
    stream.close();

    const api: Record<string, number[]> = { list: [], search: [], detail: [], health: [] };
    const detailKey = encodeURIComponent(interfaceName(4242 % size.services));
    for (let n = 0; n < 40; n += 1) {
      api['list']!.push(await getTimed(base, '/api/services?limit=50'));
      api['search']!.push(await getTimed(base, `/api/services?q=Service${n}&limit=50`));
      api['detail']!.push(await getTimed(base, `/api/services/${detailKey}`));
      api['health']!.push(await getTimed(base, '/api/health'));
    }
    app.stop();
    server.closeAllConnections();
    server.close();
    mirror.stop();
    await client.stop();

    const floor = median(floors);
    const wrappedFloor = median(wrappedFloors);
    const sync = median(syncs);
    const results = {
      size,
      services: snapshotServices,
      floorMs: Math.round(floor),
      syncMs: Math.round(sync),
      ratio: Number((sync / floor).toFixed(2)),
      wrappedFloorMs: Math.round(wrappedFloor),
      ratioToWrappedFloor: Number((sync / wrappedFloor).toFixed(2)),
      heapBytesPerUrl: Math.round(heapSnapshot / urls),
      heapBytesPerUrlIndexed: Math.round(heapIndexed / urls),
      heapBytesPerProviderUrl: Math.round(heapSnapshot / providers),
      changeToSse: { p50: Math.round(percentile(latencies, 50)), p99: Math.round(percentile(latencies, 99)) },
      api: Object.fromEntries(
        Object.entries(api).map(([name, samples]) => [name, { p50: Number(percentile(samples, 50).toFixed(1)), p99: Number(percentile(samples, 99).toFixed(1)) }]),
      ),
    };
    mkdirSync('.bench', { recursive: true });
    writeFileSync('.bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(`
| measure | value |
| --- | --- |
| registry | ${size.services} services, ${providers} provider URLs, ${consumers} consumer URLs |
| raw listing floor (median of 3) | ${results.floorMs} ms |
| mirror cold sync (median of 3) | ${results.syncMs} ms |
| sync / floor | ${results.ratio}× |
| listing floor through our ZkClient (median of 3) | ${results.wrappedFloorMs} ms |
| sync / ZkClient floor | ${results.ratioToWrappedFloor}× |
| heap per registry URL (snapshot) | ${results.heapBytesPerUrl} B |
| heap per registry URL (with service index) | ${results.heapBytesPerUrlIndexed} B |
| change → SSE p50 / p99 (60 samples) | ${results.changeToSse.p50} / ${results.changeToSse.p99} ms |
${Object.entries(results.api).map(([name, v]) => `| API ${name} p50 / p99 | ${v.p50} / ${v.p99} ms |`).join('\n')}
`);
  } finally {
    await writer.stop();
    await zk.stop();
  }
}

main().then(runTopologyBench).then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
