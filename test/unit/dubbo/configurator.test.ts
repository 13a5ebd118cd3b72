import { describe, expect, it } from 'vitest';
import { parseConfiguratorRule, parseLegacyOverride, type Configurator } from '../../../server/dubbo/configurator.ts';
import { formatDubboUrl, parseDubboUrl } from '../../../server/dubbo/dubbo-url.ts';

const SERVICE = { node: 'org.apache.dubbo.demo.DemoService:1.0.0:g1.configurators', scope: 'service' } as const;
const APP = { node: 'demo-consumer.configurators', scope: 'application' } as const;

const urls = (cs: readonly Configurator[]): string[] => cs.map((c) => formatDubboUrl(c.url));

// dubbo-format.md §3b: what Dubbo Admin (Java) writes for a weight.
const ADMIN_WEIGHT = `configs:
- addresses:
  - 192.168.1.10:20880
  enabled: true
  parameters:
    weight: 50
  side: provider
  type: weight
enabled: false
key: org.apache.dubbo.demo.DemoService:1.0.0:g1
scope: service
`;

// §3b: the disable-instance rule that works on 2.7.x through 3.3.
const DISABLE_INSTANCE = `configVersion: v2.7
scope: service
key: g1/org.apache.dubbo.demo.DemoService:1.0.0
enabled: true
configs:
  - side: consumer
    addresses: [0.0.0.0]
    providerAddresses: ["192.168.1.10:20880"]
    parameters: {disabled: true}
`;

// Dubbo's own test resources (dubbo-cluster/src/test/resources), quoted in §3b.
const SERVICE_NO_APP = `---
configVersion: v2.7
scope: service
key: serviceKey
configs:
- addresses: ['127.0.0.1:20880', '0.0.0.0:20881']
  parameters:
    weight: 222
...
`;

const APP_ANY_SERVICES = `---
configVersion: v2.7
scope: application
key: demo-consumer
configs:
- addresses: [127.0.0.1, 0.0.0.0]
  services: ['*']
  side: consumer
  parameters:
    loadbalance: random
    cluster: failfast
    timeout: 6666
...
`;

const CONFIGURATOR_V3 = `---
configVersion: v3.0
scope: application
key: demo-provider
configs:
  - match:
      address:
        wildcard: "10.0.0.1:20880"
      service:
        oneof:
          - exact: "DemoService"
          - exact: "DemoService2"
      param:
        - key: match_key1
          value:
            exact: value1
    side: provider
    parameters:
      weight: 200
...
`;

describe('parseConfiguratorRule: the §3b examples', () => {
  it('reads the Admin weight file: top-level enabled false, typed item enabled', () => {
    const r = parseConfiguratorRule(ADMIN_WEIGHT, SERVICE);
    expect(r.enabled).toBe(false);
    expect(r.configVersion).toBeUndefined();
    expect(urls(r.configurators)).toEqual([
      'override://192.168.1.10:20880/org.apache.dubbo.demo.DemoService?category=dynamicconfigurators&configVersion=null&enabled=true&providerAddresses=192.168.1.10:20880&side=provider&version=1.0.0:g1&weight=50',
    ]);
    expect(r.configurators[0]).toMatchObject({ origin: 'service', source: SERVICE.node });
    expect(r.warnings.join('\n')).toContain('rule-key form');
  });

  it('reads the disable-instance rule', () => {
    const r = parseConfiguratorRule(DISABLE_INSTANCE, SERVICE);
    expect(r).toMatchObject({ enabled: true, configVersion: 'v2.7', warnings: [] });
    expect(urls(r.configurators)).toEqual([
      'override://0.0.0.0/org.apache.dubbo.demo.DemoService?category=dynamicconfigurators&configVersion=v2.7&disabled=true&enabled=true&group=g1&providerAddresses=192.168.1.10:20880&side=consumer&version=1.0.0',
    ]);
  });

  it('reads ServiceNoApp: one URL per address, and warns that an item without side does nothing', () => {
    const r = parseConfiguratorRule(SERVICE_NO_APP, { node: 'serviceKey::.configurators', scope: 'service' });
    expect(urls(r.configurators)).toEqual([
      'override://127.0.0.1:20880/serviceKey?category=dynamicconfigurators&configVersion=v2.7&enabled=true&weight=222',
      'override://0.0.0.0:20881/serviceKey?category=dynamicconfigurators&configVersion=v2.7&enabled=true&weight=222',
    ]);
    expect(r.warnings).toEqual([expect.stringContaining('no side')]);
  });

  it('reads AppAnyServices at application scope', () => {
    const r = parseConfiguratorRule(APP_ANY_SERVICES, APP);
    expect(r.configurators.map((c) => c.origin)).toEqual(['application', 'application']);
    expect(urls(r.configurators)).toEqual([
      'override://127.0.0.1/*?application=demo-consumer&category=appdynamicconfigurators&cluster=failfast&configVersion=v2.7&enabled=true&loadbalance=random&side=consumer&timeout=6666',
      'override://0.0.0.0/*?application=demo-consumer&category=appdynamicconfigurators&cluster=failfast&configVersion=v2.7&enabled=true&loadbalance=random&side=consumer&timeout=6666',
    ]);
  });

  it('reads ConfiguratorV3 and keeps its match', () => {
    const r = parseConfiguratorRule(CONFIGURATOR_V3, { node: 'demo-provider.configurators', scope: 'application' });
    expect(r.configurators).toHaveLength(1);
    const [c] = r.configurators;
    expect(c?.url.params).toMatchObject({ weight: '200', side: 'provider', providerAddresses: '0.0.0.0', configVersion: 'v3.0' });
    expect(c?.match).toEqual({
      address: { wildcard: '10.0.0.1:20880' },
      service: { oneof: [{ exact: 'DemoService' }, { exact: 'DemoService2' }] },
      param: [{ key: 'match_key1', value: { exact: 'value1' } }],
    });
    expect(r.warnings).toEqual([expect.stringContaining('3.2.0+')]);
  });
});

describe('parseConfiguratorRule: other shapes', () => {
  it('accepts a JSON array of legacy override URLs', () => {
    const r = parseConfiguratorRule(
      '["override://10.20.153.10:20880/com.foo.BarService?category=configurators&weight=10", "absent://0.0.0.0/com.foo.BarService?timeout=100"]',
      SERVICE,
    );
    expect(r.enabled).toBe(true);
    expect(r.configurators.map((c) => [c.url.protocol, c.url.host, c.url.port, c.origin])).toEqual([
      ['override', '10.20.153.10', 20880, 'service'],
      ['absent', '0.0.0.0', 0, 'service'],
    ]);
  });

  it.each([
    ['service scope with applications: one URL per application', 'scope: service\nkey: a.B\nconfigs:\n- side: consumer\n  applications: [app1, app2]\n  parameters: {timeout: 1}\n', ['application=app1', 'application=app2']],
    ['typed item without enabled becomes enabled=null', 'key: a.B\nconfigs:\n- side: provider\n  type: weight\n  addresses: ["1.2.3.4:1"]\n  parameters: {weight: 1}\n', ['enabled=null']],
    ['YAML 1.1 booleans and floats print like Java', 'key: a.B\nenabled: yes\nconfigs:\n- side: consumer\n  parameters: {async: on, ratio: 1.0}\n', ['async=true', 'enabled=true', 'ratio=1.0']],
    ['later parameters overwrite earlier ones', 'key: a.B\nconfigs:\n- side: consumer\n  parameters: {enabled: false, category: x}\n', ['category=x', 'enabled=true']],
  ])('%s', (_, yaml, fragments) => {
    const full = urls(parseConfiguratorRule(yaml, SERVICE).configurators).join(' ');
    for (const f of fragments) expect(full).toContain(f);
  });

  it.each([
    ['an item without side', 'key: a.B\nconfigs:\n- parameters: {timeout: 1}\n', 'no side'],
    ['a disabled file', 'key: a.B\nenabled: false\nconfigs:\n- side: consumer\n  parameters: {timeout: 1}\n', 'top-level enabled'],
    ['match without v3.0', 'key: a.B\nconfigs:\n- side: provider\n  match: {app: {oneof: [{exact: x}]}}\n  parameters: {weight: 1}\n', 'needs configVersion v3.0'],
    ['a broken match', 'configVersion: v3.0\nkey: a.B\nconfigs:\n- side: provider\n  match: {param: 5}\n  parameters: {weight: 1}\n', 'unexpected shape'],
    ['a scope that differs from the node', 'scope: application\nkey: app\nconfigs:\n- side: consumer\n  parameters: {timeout: 1}\n', 'scope'],
  ])('warns about %s', (_, yaml, fragment) => {
    expect(parseConfiguratorRule(yaml, SERVICE).warnings.join('\n')).toContain(fragment);
  });

  it.each([
    ['broken YAML', 'configs: [\n  - side: provider\n'],
    ['an item with empty parameters', 'key: a.B\nconfigs:\n- side: provider\n  parameters: {}\n'],
    ['an item without parameters', 'key: a.B\nconfigs:\n- side: provider\n'],
    ['a parameter without value', 'key: a.B\nconfigs:\n- side: provider\n  parameters: {weight: }\n'],
    ['no configs', 'key: a.B\nscope: service\n'],
    ['no key in service scope', 'configs:\n- side: provider\n  parameters: {weight: 1}\n'],
    ['a non-string key', 'key: 5\nconfigs: []\n'],
    ['a scalar document', 'just text'],
    ['an empty document', ''],
    ['an empty JSON array', '[]'],
    ['a JSON array with a bad URL', '["override://1.2.3.4:x/a"]'],
    ['a bad address', 'key: a.B\nconfigs:\n- side: provider\n  addresses: ["0.0.0.0:*"]\n  parameters: {weight: 1}\n'],
  ])('rejects %s with MALFORMED_RULE', (_, text) => {
    expect(() => parseConfiguratorRule(text, SERVICE)).toThrow(expect.objectContaining({ code: 'MALFORMED_RULE' }));
  });
});

describe('parseLegacyOverride', () => {
  it('wraps override and absent URLs', () => {
    const url = parseDubboUrl('override://192.168.1.10:20880/a.B?category=configurators&disabled=true&dynamic=false&enabled=true');
    expect(parseLegacyOverride(url, 'node-1')).toEqual({ url, origin: 'legacy', source: 'node-1' });
    expect(parseLegacyOverride(parseDubboUrl('absent://0.0.0.0/a.B?timeout=1'), 'n').url.protocol).toBe('absent');
  });

  it('rejects other protocols', () => {
    expect(() => parseLegacyOverride(parseDubboUrl('route://0.0.0.0/a.B?rule=x'), 'n')).toThrow(
      expect.objectContaining({ code: 'MALFORMED_RULE' }),
    );
  });
});
