// A small fleet for governance tests: one grouped/versioned service (g1/DemoService:1.0.0) with four
// providers of demo-provider and consumers on every Dubbo line that matches differently (2.7.8, 3.1.11,
// 3.2.16, 3.3.1), plus an ungrouped GreetingService from the same instances for application scope.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeJavaUrl } from '../../../server/dubbo/java-url-codec.ts';
import { emptySnapshot, type RegistrySnapshot } from '../../../server/registry/registry-snapshot.ts';
import { SnapshotDraft } from '../../../server/registry/snapshot-draft.ts';

export const IFACE = 'org.apache.dubbo.demo.DemoService';
export const GREETING = 'org.apache.dubbo.demo.GreetingService';
export const SERVICE = `g1/${IFACE}:1.0.0`;
export const NODE = `${IFACE}:1.0.0:g1.configurators`;
export const APP = 'demo-provider';
export const HOSTS = ['192.168.1.10', '192.168.1.11', '192.168.1.12', '192.168.1.13'];
export const ADDRESSES = HOSTS.map((h) => `${h}:20880`);
export const RELEASES = ['2.7.8', '3.1.11', '3.2.16', '3.3.1'] as const;
export const FIXTURES = join(import.meta.dirname, '../../fixtures/governance');

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, 'inputs', name), 'utf8');
}

export function providerUrl(host: string, iface = IFACE, gv = '&group=g1&version=1.0.0', release = '3.3.1'): string {
  return (
    `dubbo://${host}:20880/${iface}?application=${APP}&deprecated=false&dubbo=2.0.2&dynamic=true${gv}` +
    `&interface=${iface}&methods=sayHello&release=${release}&side=provider&timestamp=1729000000000`
  );
}

function consumerUrl(n: number, release: string, iface = IFACE, gv = '&group=g1&version=1.0.0'): string {
  return (
    `consumer://10.0.9.${n}/${iface}?application=web-${n}&category=consumers&check=false&dubbo=2.0.2${gv}` +
    `&interface=${iface}&methods=sayHello&release=${release}&side=consumer`
  );
}

export interface FleetOptions {
  readonly rule?: { readonly node: string; readonly text: string };
  readonly legacyNodes?: readonly string[];
  readonly consumerReleases?: readonly string[];
  readonly providerRelease?: string;
  readonly hosts?: readonly string[];
}

export function fleet(options: FleetOptions = {}): RegistrySnapshot {
  const draft = new SnapshotDraft(emptySnapshot('/dubbo'), () => new Date(0));
  const hosts = options.hosts ?? HOSTS;
  const releases = options.consumerReleases ?? RELEASES;
  draft.setCategory(encodeJavaUrl(IFACE), 'providers', hosts.map((h) => encodeJavaUrl(providerUrl(h, IFACE, undefined, options.providerRelease))));
  draft.setCategory(encodeJavaUrl(IFACE), 'consumers', releases.map((r, i) => encodeJavaUrl(consumerUrl(i + 1, r))));
  if (options.legacyNodes) draft.setCategory(encodeJavaUrl(IFACE), 'configurators', [...options.legacyNodes]);
  draft.setCategory(encodeJavaUrl(GREETING), 'providers', hosts.map((h) => encodeJavaUrl(providerUrl(h, GREETING, ''))));
  draft.setCategory(encodeJavaUrl(GREETING), 'consumers', [encodeJavaUrl(consumerUrl(9, '3.3.1', GREETING, ''))]);
  if (options.rule) {
    draft.setRule(options.rule.node, { node: options.rule.node, path: `/dubbo/config/dubbo/${options.rule.node}`, text: options.rule.text, version: 3, mtime: 0 });
  }
  return draft.commit()?.snapshot ?? emptySnapshot('/dubbo');
}
