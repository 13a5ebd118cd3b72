// Each decoration step alone, over the base graph: what it concludes for one node, and that it
// touches only the fields it owns (so the chain's order cannot hide a step's mistake).

import { describe, expect, it } from 'vitest';
import type { TopologyLevel, TopologyNode } from '../../../server/contract/topology.ts';
import { buildBaseGraph, type GraphDecorator } from '../../../server/topology/build-base-graph.ts';
import { decorateGovernance } from '../../../server/topology/decorate-governance.ts';
import { decorateInstanceHealth } from '../../../server/topology/decorate-instance-health.ts';
import { decorateWarnings } from '../../../server/topology/decorate-warnings.ts';
import { encodeJavaUrl } from '../../../server/dubbo/java-url-codec.ts';
import { buildSnapshot, CART, shopConsumer, shopProvider, type RegistryBuilder } from './topology-snapshots.ts';

interface Row {
  readonly name: string;
  readonly edit: (r: RegistryBuilder) => void;
  readonly level?: TopologyLevel;
  readonly node: string;
  readonly expected: Partial<Record<string, unknown>>;
  /** Fields the node must not carry at all. */
  readonly absent?: readonly string[];
}

const rule = (scope: 'application' | 'service', key: string, side: string, addresses: string, parameters: string): string =>
  `configVersion: v3.0\nscope: ${scope}\nkey: ${key}\nenabled: true\nconfigs:\n  - side: ${side}\n` +
  `    addresses: [${addresses}]\n    parameters:\n      ${parameters}\n`;

/** cart provides CartService on two hosts, web consumes it; rows add what they test. */
const cartFleet = (r: RegistryBuilder): void => {
  r.add('providers', shopProvider('cart', CART, '10.2.0.1')).add('providers', shopProvider('cart', CART, '10.2.0.2'));
  r.add('consumers', shopConsumer('web', CART, '10.1.0.1'));
};

function check(decorator: GraphDecorator, owned: readonly string[], row: Row): void {
  const snapshot = buildSnapshot((r) => {
    cartFleet(r);
    row.edit(r);
  });
  const base = buildBaseGraph(snapshot, row.level ?? 'application');
  const decorated = decorator(base, snapshot);
  expect(decorated.edges).toEqual(base.edges);
  expect(decorated.nodes.map((n) => n.id)).toEqual(base.nodes.map((n) => n.id));
  const node = decorated.nodes.find((n) => n.id === row.node);
  expect(node, row.node).toBeDefined();
  expect(node).toMatchObject(row.expected);
  for (const key of row.absent ?? []) expect(Object.keys(node ?? {})).not.toContain(key);
  decorated.nodes.forEach((after, i) => {
    const before = base.nodes[i] as TopologyNode;
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (owned.includes(key)) continue;
      expect((after as Record<string, unknown>)[key], `${after.id}.${key}`).toEqual((before as Record<string, unknown>)[key]);
    }
  });
}

const CART_DISABLE_ONE = rule('service', CART, 'provider', '"10.2.0.2:20880"', 'disabled: true');

describe('decorateInstanceHealth', () => {
  const rows: Row[] = [
    { name: 'all enabled: everyone up', edit: () => {}, node: 'app:cart', expected: { instances: { up: 2, total: 2 }, disabledInstances: 0 } },
    {
      name: 'an instance disabled for its only service is down',
      edit: (r) => r.rule(`${CART}::.configurators`, CART_DISABLE_ONE),
      node: 'app:cart',
      expected: { instances: { up: 1, total: 2 }, disabledInstances: 1 },
    },
    {
      name: 'an instance disabled for one of two services is disabled but up',
      edit: (r) => {
        r.add('providers', shopProvider('cart', 'org.shop.WishService', '10.2.0.2'));
        r.rule(`${CART}::.configurators`, CART_DISABLE_ONE);
      },
      node: 'app:cart',
      expected: { instances: { up: 2, total: 2 }, disabledInstances: 1 },
    },
    {
      name: 'an application rule disables every service of the instance',
      edit: (r) => {
        r.add('providers', shopProvider('cart', 'org.shop.WishService', '10.2.0.2'));
        r.rule('cart.configurators', rule('application', 'cart', 'provider', '"10.2.0.2:20880"', 'disabled: true'));
      },
      node: 'app:cart',
      expected: { instances: { up: 1, total: 2 }, disabledInstances: 1 },
    },
    {
      name: 'registered with enabled=false',
      edit: (r) => r.add('providers', shopProvider('cart', CART, '10.2.0.3', '&enabled=false')),
      node: 'app:cart',
      expected: { instances: { up: 2, total: 3 }, disabledInstances: 1 },
    },
    { name: 'consumer-only instances are up', edit: () => {}, node: 'app:web', expected: { instances: { up: 1, total: 1 }, disabledInstances: 0 } },
    {
      name: 'service: enabled providers out of registered',
      edit: (r) => r.rule(`${CART}::.configurators`, CART_DISABLE_ONE),
      level: 'service',
      node: `svc:${CART}`,
      expected: { providers: { enabled: 1, total: 2 }, disabledProviders: 1, noProviders: false },
    },
    {
      name: 'service: consumed, provided by nobody',
      edit: (r) => r.add('consumers', shopConsumer('web', 'org.shop.PaymentService', '10.1.0.1')),
      level: 'service',
      node: 'svc:org.shop.PaymentService',
      expected: { providers: { enabled: 0, total: 0 }, disabledProviders: 0, noProviders: true },
    },
  ];
  it.each(rows)('$name', (row) => check(decorateInstanceHealth, ['instances', 'disabledInstances', 'providers', 'disabledProviders', 'noProviders'], row));
});

describe('decorateGovernance', () => {
  const tagRule = (body: string): string => `configVersion: v3.0\nkey: cart\n${body}`;
  const weight = (w: number): string => rule('service', CART, 'provider', '"10.2.0.1:20880"', `weight: ${w}`);
  const rows: Row[] = [
    { name: 'no rules: nothing marked', edit: () => {}, node: 'app:cart', expected: { weightOverrides: 0, grayRelease: false, grayTags: [] } },
    { name: 'a weight rule counts once', edit: (r) => r.rule(`${CART}::.configurators`, weight(300)), node: 'app:cart', expected: { weightOverrides: 1 } },
    { name: 'a weight equal to the registered one is no override', edit: (r) => r.rule(`${CART}::.configurators`, weight(100)), node: 'app:cart', expected: { weightOverrides: 0 } },
    {
      name: 'service: weight overrides among its providers',
      edit: (r) => r.rule(`${CART}::.configurators`, weight(5)),
      level: 'service',
      node: `svc:${CART}`,
      expected: { weightOverrides: 1 },
    },
    {
      name: 'tag rule with tags: gray, tags sorted',
      edit: (r) => r.rule('cart.tag-router', tagRule('tags:\n  - name: gray\n    addresses: ["10.2.0.2:20880"]\n  - name: canary\n    addresses: []\n')),
      node: 'app:cart',
      expected: { grayRelease: true, grayTags: ['canary', 'gray'] },
    },
    {
      name: 'disabled tag rule: Dubbo ignores it',
      edit: (r) => r.rule('cart.tag-router', tagRule('enabled: false\ntags:\n  - name: gray\n    addresses: ["10.2.0.2:20880"]\n')),
      node: 'app:cart',
      expected: { grayRelease: false, grayTags: [] },
    },
    { name: 'tag rule without tags', edit: (r) => r.rule('cart.tag-router', tagRule('tags: []\n')), node: 'app:cart', expected: { grayRelease: false } },
    { name: 'unreadable tag rule', edit: (r) => r.rule('cart.tag-router', 'tags: [ {name: gray\n'), node: 'app:cart', expected: { grayRelease: false } },
    {
      name: "another app's tag rule",
      edit: (r) => r.rule('web.tag-router', tagRule('tags:\n  - name: gray\n')),
      node: 'app:cart',
      expected: { grayRelease: false },
    },
  ];
  it.each(rows)('$name', (row) => check(decorateGovernance, ['weightOverrides', 'grayRelease', 'grayTags'], row));
});

describe('decorateWarnings', () => {
  const brokenYaml = 'configs: [ {side: provider\n';
  const rows: Row[] = [
    { name: 'no warnings: no field', edit: () => {}, node: 'app:cart', expected: {}, absent: ['warnings'] },
    { name: 'a broken application rule', edit: (r) => r.rule('cart.configurators', brokenYaml), node: 'app:cart', expected: { warnings: 1 } },
    { name: 'a broken service rule reaches its provider app', edit: (r) => r.rule(`${CART}::.configurators`, brokenYaml), node: 'app:cart', expected: { warnings: 1 } },
    {
      name: 'a broken service rule reaches the service',
      edit: (r) => r.rule(`${CART}::.configurators`, brokenYaml),
      level: 'service',
      node: `svc:${CART}`,
      expected: { warnings: 1 },
    },
    {
      name: 'a malformed registration naming its app',
      edit: (r) => r.addRaw(CART, 'providers', encodeJavaUrl(`dubbo://10.2.0.9:x/${CART}?application=cart`)),
      node: 'app:cart',
      expected: { warnings: 1 },
    },
    { name: 'a malformed registration naming nobody', edit: (r) => r.addRaw(CART, 'providers', 'garbage'), node: 'app:cart', expected: {}, absent: ['warnings'] },
    {
      name: 'a malformed registration belongs to the services of its folder',
      edit: (r) => r.addRaw(CART, 'providers', 'garbage'),
      level: 'service',
      node: `svc:${CART}`,
      expected: { warnings: 1 },
    },
    {
      name: 'an unreadable application-level instance',
      edit: (r) => r.draft.setAppInstance('cart', '10.2.0.7:50051', '/services/cart/10.2.0.7:50051', '{not json'),
      node: 'app:cart',
      expected: { warnings: 1 },
    },
  ];
  it.each(rows)('$name', (row) => check(decorateWarnings, ['warnings'], row));
});
