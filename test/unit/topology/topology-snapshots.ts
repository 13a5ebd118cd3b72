// Registries the topology tests look at, built with SnapshotDraft exactly as the mirror would
// feed it: encoded child names per category folder, rule files, app-level instance JSON, mappings.

import { encodeJavaUrl } from '../../../server/dubbo/java-url-codec.ts';
import { emptySnapshot, type Category, type RegistrySnapshot } from '../../../server/registry/registry-snapshot.ts';
import { SnapshotDraft } from '../../../server/registry/snapshot-draft.ts';
import * as fx from '../../fixtures/registry/mixed-registry.ts';

const clock = (): Date => new Date('2026-01-01T00:00:00Z');

/** Registry edits, as a mirror makes them; URLs are given decoded. */
export class RegistryBuilder {
  readonly folders = new Map<string, Map<Category, string[]>>();
  constructor(readonly draft: SnapshotDraft) {}

  add(category: Category, url: string): this {
    const iface = /^[a-z]+:\/\/[^/]*\/([^?]+)/.exec(url)?.[1] ?? 'unknown';
    return this.addRaw(iface, category, encodeJavaUrl(url));
  }

  /** A child name as stored, possibly malformed. */
  addRaw(iface: string, category: Category, child: string): this {
    const folder = this.folders.get(iface) ?? new Map<Category, string[]>();
    const children = folder.get(category) ?? [];
    children.push(child);
    folder.set(category, children);
    this.folders.set(iface, folder);
    this.draft.setCategory(encodeJavaUrl(iface), category, children);
    return this;
  }

  rule(node: string, text: string): this {
    this.draft.setRule(node, { node, path: `/dubbo/config/dubbo/${node}`, text, version: 0, mtime: 0 });
    return this;
  }

  appInstance(app: string, host: string, port: number, metadata: Record<string, string> = {}): this {
    const id = `${host}:${port}`;
    const json = JSON.stringify({ name: app, id, address: host, port, sslPort: null, payload: { id, name: app, metadata } });
    this.draft.setAppInstance(app, id, `/services/${app}/${id}`, json);
    return this;
  }

  mapping(iface: string, apps: string): this {
    this.draft.setMapping(iface, apps);
    return this;
  }
}

export function buildSnapshot(edit: (registry: RegistryBuilder) => void, base = emptySnapshot('/dubbo')): RegistrySnapshot {
  const draft = new SnapshotDraft(base, clock);
  edit(new RegistryBuilder(draft));
  return draft.commit()?.snapshot ?? base;
}

/** test/fixtures/registry/mixed-registry.ts, as seedMixedRegistry leaves it in ZooKeeper. */
export function mixedRegistrySnapshot(): RegistrySnapshot {
  return buildSnapshot((r) => {
    for (const url of [...fx.providers26, ...fx.providers27, fx.order33]) r.add('providers', url);
    for (const url of [fx.consumer26, fx.consumer27, fx.gatewayConsumer33]) r.add('consumers', url);
    r.add('configurators', fx.legacyDisable);
    r.rule(`${fx.DEMO}::.configurators`, fx.demoWeightRule);
    r.rule(`${fx.ORDER}::.configurators`, fx.orderDisableRule);
    r.rule('com.foo.Broken::.configurators', fx.brokenRule);
    r.appInstance('order-app', '10.0.1.1', 50051, { 'dubbo.metadata.revision': 'a1' });
    r.appInstance('order-app', '10.0.1.2', 50051, { 'dubbo.metadata.revision': 'a1' });
    r.mapping(fx.ORDER, 'order-app');
    r.addRaw(fx.DEMO, 'providers', 'not-a-url');
  });
}

export const CART = 'org.shop.CartService';
export const ORDER = 'org.shop.OrderService';
export const INVENTORY = 'org.shop.InventoryService';
export const PAYMENT = 'org.shop.PaymentService';

export const shopProvider = (app: string, iface: string, host: string, extra = ''): string =>
  `dubbo://${host}:20880/${iface}?application=${app}&dubbo=2.0.2&interface=${iface}&methods=get,put` +
  `&release=3.2.11&side=provider&timestamp=1700000000000${extra}`;
export const shopConsumer = (app: string, iface: string, host: string, extra = ''): string =>
  `consumer://${host}/${iface}?application=${app}&category=consumers&check=false&dubbo=2.0.2&interface=${iface}` +
  `&release=3.2.11&side=consumer&timestamp=1700000000000${extra}`;

export const orderDisableRule = `configVersion: v3.0
scope: application
key: order
enabled: true
configs:
  - side: provider
    addresses: ["10.3.0.3:20880"]
    parameters:
      disabled: true
`;

export const orderWeightRule = `configVersion: v3.0
scope: service
key: ${ORDER}
enabled: true
configs:
  - side: provider
    addresses: ["10.3.0.1:20880"]
    parameters:
      weight: 200
`;

export const inventoryTagRule = `configVersion: v3.0
force: false
enabled: true
key: inventory
tags:
  - name: gray
    addresses: ["10.4.0.2:20880"]
`;

/**
 * A small shop: web (consumer only) → cart, order; cart → inventory; order → inventory, payment.
 * order 10.3.0.3 is disabled by an application rule, order 10.3.0.1 weighted 200 by a service
 * rule, inventory has a gray tag, nobody provides payment, and one broken inventory registration.
 */
export function shopSnapshot(): RegistrySnapshot {
  return buildSnapshot((r) => {
    for (const host of ['10.1.0.1', '10.1.0.2']) {
      r.add('consumers', shopConsumer('web', CART, host)).add('consumers', shopConsumer('web', ORDER, host));
    }
    for (const host of ['10.2.0.1', '10.2.0.2']) {
      r.add('providers', shopProvider('cart', CART, host)).add('consumers', shopConsumer('cart', INVENTORY, host));
    }
    for (const host of ['10.3.0.1', '10.3.0.2', '10.3.0.3']) {
      r.add('providers', shopProvider('order', ORDER, host));
      r.add('consumers', shopConsumer('order', INVENTORY, host)).add('consumers', shopConsumer('order', PAYMENT, host));
    }
    for (const host of ['10.4.0.1', '10.4.0.2']) r.add('providers', shopProvider('inventory', INVENTORY, host));
    r.addRaw(INVENTORY, 'providers', encodeJavaUrl(`dubbo://10.4.0.9:port/${INVENTORY}?application=inventory`));
    r.rule('order.configurators', orderDisableRule);
    r.rule(`${ORDER}::.configurators`, orderWeightRule);
    r.rule('inventory.tag-router', inventoryTagRule);
  });
}
