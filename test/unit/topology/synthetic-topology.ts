// A fleet-sized registry for the topology's time budget: `services` interfaces spread over
// `apps` provider applications (service i is provided by app i % apps), each service consumed
// by one app chosen so every provider app has `callersPerApp` distinct callers, which makes
// apps × callersPerApp distinct call edges (500 × 4 = 2,000).

import { encodeJavaUrl } from '../../../server/dubbo/java-url-codec.ts';
import { emptySnapshot, type RegistrySnapshot } from '../../../server/registry/registry-snapshot.ts';
import { SnapshotDraft } from '../../../server/registry/snapshot-draft.ts';

export interface SyntheticSize {
  readonly apps: number;
  readonly services: number;
  readonly callersPerApp: number;
  readonly providersPerService: number;
}

export const syntheticInterface = (i: number): string => `com.example.domain${Math.floor(i / 100)}.Service${i}`;

export function syntheticProvider(i: number, p: number, size: SyntheticSize, extra = ''): string {
  const iface = syntheticInterface(i);
  const host = `10.${p & 255}.${(i >> 8) & 255}.${i & 255}`;
  return encodeJavaUrl(
    `dubbo://${host}:20880/${iface}?application=app-${i % size.apps}&dubbo=2.0.2&interface=${iface}` +
      `&methods=create,read&release=2.7.8&side=provider&timestamp=1700000000000&weight=100${extra}`,
  );
}

function consumer(i: number, size: SyntheticSize): string {
  const iface = syntheticInterface(i);
  const provider = i % size.apps;
  const caller = (provider + 1 + (Math.floor(i / size.apps) % size.callersPerApp)) % size.apps;
  return encodeJavaUrl(
    `consumer://10.200.${(i >> 8) & 255}.${i & 255}/${iface}?application=app-${caller}&category=consumers` +
      `&dubbo=2.0.2&interface=${iface}&release=2.7.8&side=consumer&timestamp=1700000000000`,
  );
}

export function syntheticSnapshot(size: SyntheticSize): RegistrySnapshot {
  const draft = new SnapshotDraft(emptySnapshot('/dubbo'), () => new Date(0));
  for (let i = 0; i < size.services; i += 1) {
    const folder = encodeJavaUrl(syntheticInterface(i));
    const providers = Array.from({ length: size.providersPerService }, (_, p) => syntheticProvider(i, p, size));
    draft.setCategory(folder, 'providers', providers);
    draft.setCategory(folder, 'consumers', [consumer(i, size)]);
  }
  return draft.commit()!.snapshot;
}
