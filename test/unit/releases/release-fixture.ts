// A small fleet for release tests: application `cart` provides CartService (and, on some instances,
// PriceService); each provider is `{host, params}` so tests choose versions, releases and static tags.
// Consumers are web apps on the Dubbo releases a test names. Built with the mirror's own SnapshotDraft.
import { encodeJavaUrl } from '../../../server/dubbo/java-url-codec.ts';
import { emptySnapshot, type RegistrySnapshot } from '../../../server/registry/registry-snapshot.ts';
import { SnapshotDraft } from '../../../server/registry/snapshot-draft.ts';

export const APP = 'cart';
export const CART = 'com.shop.CartService';
export const PRICE = 'com.shop.PriceService';

export interface FixtureProvider {
  readonly host: string;
  readonly params?: Readonly<Record<string, string>>;
  /** Interfaces it provides; default CartService only. */
  readonly services?: readonly string[];
  readonly application?: string;
}

export interface ReleaseFleet {
  readonly providers: readonly FixtureProvider[];
  readonly consumerReleases?: readonly string[];
  readonly rules?: Readonly<Record<string, string>>;
}

function providerUrl(p: FixtureProvider, iface: string): string {
  const params: Record<string, string> = {
    application: p.application ?? APP,
    deprecated: 'false',
    dubbo: '2.0.2',
    dynamic: 'true',
    interface: iface,
    methods: 'get',
    release: '3.3.1',
    side: 'provider',
    ...p.params,
  };
  const query = Object.keys(params).sort().map((k) => `${k}=${params[k]}`).join('&');
  return `dubbo://${p.host}:20880/${iface}?${query}`;
}

function consumerUrl(n: number, release: string, iface: string): string {
  return `consumer://10.9.0.${n}/${iface}?application=web-${n}&category=consumers&check=false&dubbo=2.0.2&interface=${iface}&methods=get&release=${release}&side=consumer`;
}

export const hosts = (n: number, from = 1): string[] => Array.from({ length: n }, (_, i) => `10.0.0.${from + i}`);
export const address = (host: string): string => `${host}:20880`;

export function releaseFleet(fleet: ReleaseFleet): RegistrySnapshot {
  const draft = new SnapshotDraft(emptySnapshot('/dubbo'), () => new Date(0));
  const releases = fleet.consumerReleases ?? ['3.3.1'];
  for (const iface of [CART, PRICE]) {
    const offering = fleet.providers.filter((p) => (p.services ?? [CART]).includes(iface));
    if (offering.length === 0) continue;
    draft.setCategory(encodeJavaUrl(iface), 'providers', offering.map((p) => encodeJavaUrl(providerUrl(p, iface))));
    draft.setCategory(encodeJavaUrl(iface), 'consumers', releases.map((r, i) => encodeJavaUrl(consumerUrl(i + 1, r, iface))));
  }
  for (const [node, text] of Object.entries(fleet.rules ?? {})) {
    draft.setRule(node, { node, path: `/dubbo/config/dubbo/${node}`, text, version: 2, mtime: 0 });
  }
  return draft.commit()?.snapshot ?? emptySnapshot('/dubbo');
}

/** The stable code of what `f` throws ('none' when it does not throw). */
export function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
  return 'none';
}
