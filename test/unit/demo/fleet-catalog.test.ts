import { describe, expect, it } from 'vitest';
import { parseConfiguratorRule, parseLegacyOverride } from '../../../server/dubbo/configurator.ts';
import { parseRelease, releaseAtLeast } from '../../../server/dubbo/dubbo-release.ts';
import { formatDubboUrl, parseDubboUrl, parseNodeName, toNodeName, type DubboUrl } from '../../../server/dubbo/dubbo-url.ts';
import { encodeJavaUrl } from '../../../server/dubbo/java-url-codec.ts';
import { parseAppInstance } from '../../../server/dubbo/app-instance.ts';
import { registryCategoryOf } from '../../../server/dubbo/registry-entry.ts';
import { fleetSize } from '../../../server/demo/demo-fleet.ts';
import { SHOP_FLEET } from '../../../server/demo/fleet-catalog.ts';
import { appInstanceJson, consumerUrl, metadataInfo, providerUrl, serviceKeyOfSpec } from '../../../server/demo/registration-urls.ts';
import { parseTagRule } from '../../../server/dubbo/tag-rule.ts';

const { applications, rules } = SHOP_FLEET;
const run = { startedAt: 1_729_000_000_000, pid: 4312 };
const provided = new Map(applications.flatMap((a) => a.provides.map((s) => [serviceKeyOfSpec(s), { app: a, service: s }] as const)));
const methodsOf = (key: string): readonly string[] => provided.get(key)?.service.methods ?? [];

const providerUrls: DubboUrl[] = applications.flatMap((a) =>
  a.registerMode === 'instance' ? [] : a.instances.flatMap((i) => a.provides.map((s) => providerUrl(a, i, s, run))),
);
const consumerUrls: DubboUrl[] = applications.flatMap((a) =>
  a.instances.flatMap((i) => a.consumes.map((key) => consumerUrl(a, i, key, methodsOf(key), run))),
);

describe('the demo fleet catalog', () => {
  it('is big enough to look like a fleet', () => {
    const size = fleetSize(SHOP_FLEET);
    expect(size.applications).toBeGreaterThanOrEqual(8);
    expect(size.services).toBeGreaterThanOrEqual(20);
    expect(size.providerInstances).toBeGreaterThanOrEqual(40);
  });

  it('gives every instance its own IP, and every provider a distinct address', () => {
    const hosts = applications.flatMap((a) => a.instances.map((i) => i.host));
    expect(new Set(hosts).size).toBe(hosts.length);
    hosts.forEach((h) => expect(h).toMatch(/^10\.10\.\d+\.\d+$/));
    const providerAddresses = applications.filter((a) => a.port > 0).flatMap((a) => a.instances.map((i) => `${i.host}:${a.port}`));
    expect(new Set(providerAddresses).size).toBe(providerAddresses.length);
  });

  it('has a provider for every consumed service, and only Dubbo 3 consumers of application-level-only services', () => {
    for (const app of applications) {
      for (const key of app.consumes) {
        const provider = provided.get(key);
        expect(provider, `${app.name} consumes ${key}`).toBeDefined();
        if (provider?.app.registerMode === 'instance') {
          expect(releaseAtLeast(parseRelease(app.release), 3, 0), `${app.name} (${app.release}) → ${key}`).toBe(true);
        }
      }
    }
  });

  it('mixes 2.7 interface registrations, 3.x register-mode=all and an instance-only application, with groups and versions', () => {
    const modes = applications.filter((a) => a.provides.length > 0).map((a) => `${a.release.slice(0, 3)}/${a.registerMode}`);
    expect(modes).toEqual(expect.arrayContaining(['2.7/interface', '3.2/all', '3.3/all', '3.3/instance']));
    expect([...provided.keys()]).toContain('payments/com.shop.payment.PaymentService:2.0.0');
    expect([...provided.keys()].filter((k) => k.includes('/')).length).toBeGreaterThanOrEqual(2);
    expect([...provided.keys()].filter((k) => k.includes(':')).length).toBeGreaterThanOrEqual(4);
  });

  it('writes 2.7-style provider URLs with release, dubbo=2.0.2, weight=100 and a timestamp', () => {
    const url = providerUrls.find((u) => u.params['release']?.startsWith('2.7.'));
    expect(url?.params).toMatchObject({ dubbo: '2.0.2', weight: '100', timestamp: String(run.startedAt), side: 'provider', anyhost: 'true' });
  });

  it('strips pid and anyhost from 3.2.11+ provider URLs but not from 3.2.10 ones (§2)', () => {
    const v3210 = providerUrls.find((u) => u.params['release'] === '3.2.10');
    const v331 = providerUrls.find((u) => u.params['release'] === '3.3.1');
    expect(v3210?.params).toMatchObject({ pid: '4312', anyhost: 'true', 'service-name-mapping': 'true' });
    expect(v331?.params['pid']).toBeUndefined();
    expect(v331?.params['anyhost']).toBeUndefined();
  });

  it('registers consumers as consumer:// URLs with category=consumers', () => {
    expect(consumerUrls.length).toBeGreaterThan(40);
    for (const url of consumerUrls) {
      expect(url.protocol).toBe('consumer');
      expect(url.port).toBe(0);
      expect(url.params).toMatchObject({ category: 'consumers', side: 'consumer', check: 'false' });
      expect(registryCategoryOf(url)).toBe('consumers');
    }
  });

  it('produces node names that round-trip through parseNodeName exactly', () => {
    for (const url of [...providerUrls, ...consumerUrls]) {
      const node = toNodeName(url);
      expect(node).toBe(encodeJavaUrl(formatDubboUrl(url)));
      expect(node).not.toMatch(/[/:?&=]/);
      expect(parseNodeName(node)).toEqual(url);
      expect(toNodeName(parseNodeName(node))).toBe(node);
    }
  });

  it('describes application-level instances in Curator JSON the console can read (§1.4)', () => {
    for (const app of applications.filter((a) => a.registerMode !== 'interface' && a.provides.length > 0)) {
      const spec = app.instances[0];
      if (spec === undefined) continue;
      const { revision, json } = metadataInfo(app, spec);
      expect(metadataInfo(app, spec).revision).toBe(revision);
      const services = (JSON.parse(json) as { services: Record<string, unknown> }).services;
      expect(Object.keys(services)).toHaveLength(app.provides.length);
      const instance = parseAppInstance(app.name, `${spec.host}:${app.port}`, appInstanceJson(app, spec, run, revision));
      expect(instance).toMatchObject({ address: `${spec.host}:${app.port}`, revision, endpoints: [{ port: app.port, protocol: app.protocol }] });
    }
  });

  it('ships rules in exact Dubbo formats that target instances of the fleet', () => {
    const addresses = new Set(applications.flatMap((a) => a.instances.map((i) => `${i.host}:${a.port}`)));
    for (const rule of rules) {
      if (rule.kind === 'legacy-override') {
        const url = parseDubboUrl(rule.url);
        expect(parseLegacyOverride(url, encodeJavaUrl(rule.url)).url.params).toMatchObject({ category: 'configurators', dynamic: 'false' });
        expect(addresses).toContain(`${url.host}:${url.port}`);
      } else if (rule.node.endsWith('.tag-router')) {
        const tagRule = parseTagRule(rule.text);
        expect(tagRule.valid).toBe(true);
        tagRule.tags.flatMap((t) => t.addresses).forEach((a) => expect(addresses).toContain(a));
      } else {
        const scope = rule.node.includes(':') ? 'service' : 'application';
        const parsed = parseConfiguratorRule(rule.text, { node: rule.node, scope });
        expect(parsed.warnings).toEqual([]);
        expect(parsed.configurators.length).toBeGreaterThan(0);
      }
    }
    expect(rules.map((r) => (r.kind === 'legacy-override' ? 'legacy' : r.node.split('.').pop()))).toEqual(
      expect.arrayContaining(['legacy', 'configurators', 'tag-router']),
    );
  });
});
