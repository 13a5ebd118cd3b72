import { describe, expect, it } from 'vitest';
import { parseConfiguratorRule, parseLegacyOverride, type Configurator } from '../../../server/dubbo/configurator.ts';
import { parseDubboUrl } from '../../../server/dubbo/dubbo-url.ts';
import { effectiveProviderState, type EffectiveStateInput } from '../../../server/dubbo/effective-state.ts';

const IFACE = 'org.apache.dubbo.demo.DemoService';
const SVC_NODE = `${IFACE}:1.0.0:g1.configurators`;
const APP_NODE = 'demo-provider.configurators';
const CONSUMER_APP_NODE = 'demo-consumer.configurators';

function provider(host = '192.168.1.10', extra = '', gv = '&group=g1&version=1.0.0') {
  return parseDubboUrl(`dubbo://${host}:20880/${IFACE}?application=demo-provider${gv}&interface=${IFACE}&side=provider${extra}`);
}
const serviceRule = (body: string, node = SVC_NODE): Configurator[] =>
  parseConfiguratorRule(body, { node, scope: 'service' }).configurators;
const appRule = (body: string, node = APP_NODE): Configurator[] =>
  parseConfiguratorRule(body, { node, scope: 'application' }).configurators;
const legacy = (query: string, host = '0.0.0.0', node = `legacy:${host}?${query}`): Configurator =>
  parseLegacyOverride(parseDubboUrl(`override://${host}/${IFACE}?category=configurators&dynamic=false&enabled=true&${query}`), node);

const providerWeightRule = (addresses: string, key = `g1/${IFACE}:1.0.0`, extra = ''): Configurator[] =>
  serviceRule(`configVersion: v2.7\nscope: service\nkey: ${key}\nenabled: true\nconfigs:\n- side: provider\n  addresses: ${addresses}\n  parameters: {weight: 50}\n${extra}`);

// The §3b disable-instance rule.
const DISABLE = serviceRule(`configVersion: v2.7
scope: service
key: g1/${IFACE}:1.0.0
enabled: true
configs:
  - side: consumer
    addresses: [0.0.0.0]
    providerAddresses: ["192.168.1.10:20880"]
    parameters: {disabled: true}
`);

const ADMIN_WEIGHT = serviceRule(`configs:
- addresses:
  - 192.168.1.10:20880
  enabled: true
  parameters:
    weight: 50
  side: provider
  type: weight
enabled: false
key: ${IFACE}:1.0.0:g1
scope: service
`);

function run(configurators: readonly Configurator[], release: string, extra: Partial<EffectiveStateInput> = {}) {
  return effectiveProviderState({ provider: provider(), configurators, release, ...extra });
}

const RELEASES = ['2.7.8', '3.1.11', '3.2.0', '3.3.1'] as const;

describe('effective weight by release (§3b matching table)', () => {
  it.each([
    ['ip:port on the provider side', providerWeightRule('["192.168.1.10:20880"]'), [50, 50, 50, 50]],
    ['0.0.0.0 without port does nothing on 2.7–3.1', providerWeightRule('["0.0.0.0"]'), [100, 100, 50, 50]],
    ['0.0.0.0 with the right port', providerWeightRule('["0.0.0.0:20880"]'), [50, 50, 50, 50]],
    ['0.0.0.0 with another port', providerWeightRule('["0.0.0.0:20881"]'), [100, 100, 100, 100]],
    ['another provider', providerWeightRule('["192.168.1.11:20880"]'), [100, 100, 100, 100]],
    ['Admin weight file with a colon key: lost on 3.2+', ADMIN_WEIGHT, [50, 50, 100, 100]],
    ['service-key mismatch is checked from 3.2', providerWeightRule('["192.168.1.10:20880"]', `g2/${IFACE}:1.0.0`), [50, 50, 100, 100]],
    ['legacy 0.0.0.0 weight', [legacy('group=g1&version=1.0.0&weight=30')], [30, 30, 30, 30]],
    ['legacy copy without group/version is never delivered', [legacy('weight=30')], [100, 100, 100, 100]],
    ['legacy weight ≤ 0 counts as 0', [legacy('group=g1&version=1.0.0&weight=-5')], [0, 0, 0, 0]],
  ])('%s', (_, configurators, expected) => {
    expect(RELEASES.map((r) => run(configurators, r).weight)).toEqual(expected);
  });

  it('reports the rule node that changed the provider', () => {
    expect(run(providerWeightRule('["192.168.1.10:20880"]'), '3.3.1')).toMatchObject({
      weight: 50,
      enabled: true,
      applied: [SVC_NODE],
      consumerSpecific: [],
    });
    expect(run(providerWeightRule('["0.0.0.0"]'), '3.1.11').applied).toEqual([]);
  });

  it.each([
    ['2.7.8', '1700000000000'],
    ['3.3.1', undefined],
  ])('3.x consumers do not see timestamp/pid (%s)', (release, timestamp) => {
    const p = provider('192.168.1.10', '&pid=42&timestamp=1700000000000');
    const state = effectiveProviderState({ provider: p, configurators: [], release });
    expect(state.params['timestamp']).toBe(timestamp);
    expect(state.params['pid']).toBe(timestamp === undefined ? undefined : '42');
  });

  it('treats release "" as 3.3', () => {
    expect(run(providerWeightRule('["0.0.0.0"]'), '').weight).toBe(50);
  });
});

describe('enabled', () => {
  it.each([
    ['consumer-side providerAddresses disables the instance', DISABLE, provider(), [false, false, true, false]],
    ['… and leaves the other instances alone', DISABLE, provider('192.168.1.11'), [true, true, true, true]],
    ['legacy ip:port disabled=true', [legacy('disabled=true&group=g1&version=1.0.0', '192.168.1.10:20880')], provider(), [false, false, false, false]],
    ['registration enabled=false beats disabled=false', [legacy('disabled=false&group=g1&version=1.0.0')], provider('192.168.1.10', '&enabled=false'), [false, false, false, false]],
    ['an override disabled=false re-enables a re-registered disabled=true', [legacy('disabled=false&group=g1&version=1.0.0')], provider('192.168.1.10', '&disabled=true'), [true, true, true, true]],
  ])('%s', (_, configurators, p, expected) => {
    // 3.2.x consumers build their override URL without group/version, so a service rule for a grouped service
    // never matches there (apache/dubbo #14185, fixed in 3.3.0).
    expect(RELEASES.map((release) => effectiveProviderState({ provider: p, configurators, release }).enabled)).toEqual(expected);
  });

  it('ignores a disabled rule', () => {
    const off = serviceRule(`configVersion: v2.7\nkey: g1/${IFACE}:1.0.0\nenabled: false\nconfigs:\n- side: provider\n  addresses: ["192.168.1.10:20880"]\n  parameters: {weight: 5}\n`);
    expect(run(off, '3.3.1')).toMatchObject({ weight: 100, applied: [] });
    expect(run([legacy('enabled=false&group=g1&version=1.0.0&weight=5')], '2.6.5').weight).toBe(100);
  });
});

describe('legacy rules (§3a)', () => {
  const compatTimeout = legacy('compatible_config=true&group=g1&side=consumer&timeout=6000&version=1.0.0');

  it.each([
    ['2.6.5', '6000'],
    ['2.7.8', undefined],
    ['3.3.1', undefined],
  ])('compatible_config copies are ignored by 2.7+ consumers (%s)', (release, timeout) => {
    expect(run([compatTimeout], release).params['timeout']).toBe(timeout);
  });

  it('3.x providers still apply compatible_config copies and re-register', () => {
    const compatWeight = legacy('compatible_config=true&group=g1&version=1.0.0&weight=10', '192.168.1.10:20880');
    expect(run([compatWeight], '3.3.1').weight).toBe(10);
  });

  it.each([
    ['2.6.5', 100],
    ['2.7.8', 30],
  ])('an override with only anyhost clears the list on 2.6, is skipped later (%s)', (release, weight) => {
    const ungrouped = provider('192.168.1.10', '', '');
    const list = [legacy('weight=30'), parseLegacyOverride(parseDubboUrl(`override://0.0.0.0/${IFACE}?anyhost=true`), 'clear')];
    expect(effectiveProviderState({ provider: ungrouped, configurators: list, release }).weight).toBe(weight);
  });

  it('empty:// clears the legacy list', () => {
    const list = [legacy('group=g1&version=1.0.0&weight=30'), parseLegacyOverride(parseDubboUrl(`empty://0.0.0.0/${IFACE}?category=configurators`), 'e')];
    expect(run(list, '3.3.1').weight).toBe(100);
  });

  it('a specific host beats 0.0.0.0 whatever the input order; then priority decides', () => {
    const specific = legacy('group=g1&version=1.0.0&weight=70', '192.168.1.10:20880');
    const any = legacy('group=g1&version=1.0.0&weight=30');
    expect(run([specific, any], '2.6.5').weight).toBe(70);
    expect(run([any, specific], '3.3.1').weight).toBe(70);
    const high = legacy('group=g1&priority=2&version=1.0.0&weight=20');
    const low = legacy('group=g1&priority=1&version=1.0.0&weight=10');
    expect(run([high, low], '2.7.8').weight).toBe(20);
  });

  it.each([
    ['2.6.5', '&dubbo.tag=gray', 5],
    ['2.6.5', '', 100],
    ['3.3.1', '&dubbo.tag=gray', 5],
    ['3.3.1', '', 100],
  ])('tilde keys must match the provider (%s, tag %j)', (release, tag, weight) => {
    const rule = legacy('group=g1&version=1.0.0&weight=5&~dubbo.tag=gray');
    expect(effectiveProviderState({ provider: provider('192.168.1.10', tag), configurators: [rule], release }).weight).toBe(weight);
  });

  it('a consumer IP without port targets that consumer only', () => {
    const rule = legacy('group=g1&version=1.0.0&weight=5', '10.0.0.99');
    expect(run([rule], '2.6.5')).toMatchObject({ weight: 100, applied: [], consumerSpecific: [rule.source] });
    expect(run([rule], '2.6.5', { consumer: { host: '10.0.0.99', application: 'c' } }).weight).toBe(5);
  });

  it('absent:// only fills gaps — but a 3.x consumer override URL has no gaps filled yet', () => {
    const rule = parseLegacyOverride(parseDubboUrl(`absent://0.0.0.0/${IFACE}?group=g1&version=1.0.0&weight=5`), 'a');
    const p = provider('192.168.1.10', '&weight=100');
    expect(effectiveProviderState({ provider: p, configurators: [rule], release: '2.7.8' }).weight).toBe(100);
    expect(effectiveProviderState({ provider: p, configurators: [rule], release: '3.3.1' }).weight).toBe(5);
  });

  it('2.6 applications ignore config-center rules', () => {
    expect(run(providerWeightRule('["192.168.1.10:20880"]'), '2.6.5').weight).toBe(100);
  });
});

describe('application and service scope', () => {
  const appWeight = (key: string, weight: number) =>
    appRule(`configVersion: v2.7\nscope: application\nkey: ${key}\nconfigs:\n- side: provider\n  addresses: ["0.0.0.0:20880"]\n  parameters: {weight: ${weight}}\n`, `${key}.configurators`);

  it.each([
    ['the provider application', appWeight('demo-provider', 200), 200],
    ['another application', appWeight('other-app', 200), 100],
  ])('app scope for %s', (_, configurators, weight) => {
    expect(run(configurators, '3.3.1').weight).toBe(weight);
  });

  it('a later service-scope rule beats the application-scope rule, whatever the input order', () => {
    const svc = providerWeightRule('["192.168.1.10:20880"]');
    const providerOnlyLegacy = legacy('group=g1&side=provider&version=1.0.0&weight=30');
    const result = run([...svc, ...appWeight('demo-provider', 200), providerOnlyLegacy], '3.3.1');
    expect(result.weight).toBe(50);
    expect(result.applied).toEqual([providerOnlyLegacy.source, APP_NODE, SVC_NODE]);
  });

  it('a legacy 0.0.0.0 rule is applied again by consumers, on top of what the provider re-registered', () => {
    const svc = providerWeightRule('["192.168.1.10:20880"]');
    expect(run([...svc, legacy('group=g1&version=1.0.0&weight=30')], '3.3.1').weight).toBe(30);
  });

  it('reports consumer-specific rules instead of applying them', () => {
    const rule = appRule(`configVersion: v2.7\nscope: application\nkey: demo-consumer\nconfigs:\n- side: consumer\n  addresses: [0.0.0.0]\n  providerAddresses: ["192.168.1.10:20880"]\n  parameters: {disabled: true}\n`, CONSUMER_APP_NODE);
    expect(run(rule, '3.3.1')).toMatchObject({ enabled: true, applied: [], consumerSpecific: [CONSUMER_APP_NODE] });
    expect(run(rule, '3.3.1', { consumer: { host: '10.0.0.5', application: 'demo-consumer' } })).toMatchObject({
      enabled: false,
      applied: [CONSUMER_APP_NODE],
      consumerSpecific: [],
    });
    expect(run(rule, '3.3.1', { consumer: { host: '10.0.0.5', application: 'other' } }).enabled).toBe(true);
  });

  it('a consumer-side rule addressed to one consumer IP', () => {
    const rule = serviceRule(`configVersion: v2.7\nkey: g1/${IFACE}:1.0.0\nconfigs:\n- side: consumer\n  addresses: ["10.0.0.99"]\n  parameters: {weight: 10}\n`);
    expect(run(rule, '3.3.1')).toMatchObject({ weight: 100, applied: [], consumerSpecific: [SVC_NODE] });
    expect(run(rule, '3.3.1', { consumer: { host: '10.0.0.99', application: 'c' } }).weight).toBe(10);
    expect(run(rule, '3.3.1', { consumer: { host: '10.0.0.98', application: 'c' } })).toMatchObject({ weight: 100, consumerSpecific: [] });
  });
});

describe('v3.0 match (§9.3)', () => {
  const rule = appRule(`configVersion: v3.0
scope: application
key: demo-provider
configs:
  - side: provider
    addresses: ["0.0.0.0:20880"]
    match:
      providerAddress: {exact: "192.168.1.11:20880"}
    parameters: {weight: 200}
`);

  it.each([
    ['3.1.11', '192.168.1.10', 200],
    ['3.1.11', '192.168.1.11', 200],
    ['3.2.0', '192.168.1.10', 100],
    ['3.2.0', '192.168.1.11', 200],
  ])('on %s, provider %s gets %i', (release, host, weight) => {
    expect(effectiveProviderState({ provider: provider(host), configurators: rule, release }).weight).toBe(weight);
  });
});

describe('v3.0 match against the consumer (3.2+)', () => {
  const rule = appRule(`configVersion: v3.0
scope: application
key: demo-consumer
configs:
  - side: consumer
    match:
      param: [{key: application, value: {exact: demo-consumer}}]
    parameters: {timeout: 777}
`, CONSUMER_APP_NODE);

  it.each([
    [undefined, undefined, [CONSUMER_APP_NODE]],
    [{ host: '10.0.0.5', application: 'demo-consumer' }, '777', []],
    [{ host: '10.0.0.5', application: 'other' }, undefined, []],
  ])('consumer %j', (consumer, timeout, consumerSpecific) => {
    const state = run(rule, '3.3.1', consumer === undefined ? {} : { consumer });
    expect(state.params['timeout']).toBe(timeout);
    expect(state.consumerSpecific).toEqual(consumerSpecific);
  });
});
