// Generates a Dubbo registry of a given size in ZooKeeper, written the way Dubbo lays it out
// (dubbo-format.md §1): one folder per interface with four persistent category folders and one
// node per provider/consumer URL named URL.encode(fullUrl). Nodes are persistent here (the mirror
// does not care, and a benchmark must not hold 120,000 ephemeral sessions). Writes use batched
// multi requests with a few batches in flight.

import { encodeJavaUrl } from '../../server/dubbo/java-url-codec.ts';
import type { ZkClient } from '../../server/zk/zk-client.ts';
import type { ZkOp } from '../../server/zk/zk-multi.ts';

export interface RegistrySize {
  readonly services: number;
  readonly providersPerService: number;
  readonly consumersPerService: number;
}

const BATCH = 200;
const IN_FLIGHT = 8;

export function interfaceName(i: number): string {
  return `com.example.domain${Math.floor(i / 100)}.Service${i}`;
}

export function providerUrl(i: number, p: number): string {
  const iface = interfaceName(i);
  const host = `10.${(p >> 8) & 255}.${(i >> 8) & 255}.${i & 255}`;
  return (
    `dubbo://${host}:${20880 + p}/${iface}?anyhost=true&application=app-${i % 500}&deprecated=false&dubbo=2.0.2` +
    `&dynamic=true&generic=false&interface=${iface}&methods=create,read,update,delete,list,search` +
    `&pid=${1000 + p}&release=2.7.8&side=provider&timestamp=1700000000000&weight=100`
  );
}

export function consumerUrl(i: number, c: number): string {
  const iface = interfaceName(i);
  return (
    `consumer://10.200.${(i >> 8) & 255}.${(i + c) & 255}/${iface}?application=app-${(i + 1 + c) % 500}` +
    `&category=consumers&check=false&dubbo=2.0.2&interface=${iface}&methods=create,read,update,delete,list,search` +
    `&pid=${2000 + c}&release=2.7.8&side=consumer&timestamp=1700000000000`
  );
}

function* registryOps(root: string, size: RegistrySize): Generator<ZkOp> {
  yield { type: 'create', path: root };
  for (let i = 0; i < size.services; i += 1) {
    const folder = `${root}/${encodeJavaUrl(interfaceName(i))}`;
    yield { type: 'create', path: folder };
    for (const category of ['providers', 'consumers', 'configurators', 'routers']) {
      yield { type: 'create', path: `${folder}/${category}` };
    }
    for (let p = 0; p < size.providersPerService; p += 1) {
      yield { type: 'create', path: `${folder}/providers/${encodeJavaUrl(providerUrl(i, p))}` };
    }
    for (let c = 0; c < size.consumersPerService; c += 1) {
      yield { type: 'create', path: `${folder}/consumers/${encodeJavaUrl(consumerUrl(i, c))}` };
    }
  }
}

export async function writeSyntheticRegistry(client: ZkClient, root: string, size: RegistrySize): Promise<number> {
  const ops = registryOps(root, size);
  let written = 0;
  const worker = async (): Promise<void> => {
    for (;;) {
      const batch: ZkOp[] = [];
      for (let next = ops.next(); !next.done; next = ops.next()) {
        batch.push(next.value);
        if (batch.length === BATCH) break;
      }
      if (batch.length === 0) return;
      await client.multi(batch);
      written += batch.length;
    }
  };
  // The first batch creates the root and the first folders, which later batches depend on.
  const first: ZkOp[] = [];
  for (let next = ops.next(); !next.done && first.length < 6; next = ops.next()) first.push(next.value);
  await client.multi(first);
  written += first.length;
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return written;
}
