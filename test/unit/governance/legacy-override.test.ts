// The 2.6 copies: exact node names, round trips through the read side's parsers, and proof that a 2.6
// consumer evaluating the planned node disables / weights the instance (dubbo-format.md §3a, §9.7, §9.8).
import { describe, expect, it } from 'vitest';
import { parseLegacyOverride } from '../../../server/dubbo/configurator.ts';
import { formatDubboUrl, parseDubboUrl, parseNodeName, toNodeName } from '../../../server/dubbo/dubbo-url.ts';
import { effectiveProviderState } from '../../../server/dubbo/effective-state.ts';
import { validateOperation, type RuleOperationInput } from '../../../server/governance/governance-operation.ts';
import { legacyOverrideNodeName } from '../../../server/governance/plan-legacy-override.ts';
import { planRuleChange, type RulePlan } from '../../../server/governance/plan-rule-change.ts';
import { ADDRESSES, fleet, IFACE, providerUrl, SERVICE } from './governance-fixture.ts';

const A11 = ADDRESSES[1] ?? '';
const G1 = { interface: IFACE, group: 'g1', version: '1.0.0' };
const FOLDER = `/dubbo/${IFACE}/configurators/`;
const DISABLE_URL = `override://${A11}/${IFACE}?category=configurators&disabled=true&dynamic=false&enabled=true&group=g1&version=1.0.0`;

function plan(op: Omit<RuleOperationInput, 'scope' | 'serviceKey'>, legacyNodes: readonly string[] = [], consumerReleases = ['2.6.5', '3.3.1']): RulePlan {
  return planRuleChange({
    snapshot: fleet({ legacyNodes, consumerReleases }),
    current: undefined,
    operation: validateOperation({ ...op, scope: 'service', serviceKey: SERVICE }),
  });
}

function created(p: RulePlan): string[] {
  return p.kind === 'write' ? p.legacy.create.map((path) => path.slice(FOLDER.length)) : [];
}

function removed(p: RulePlan): string[] {
  return p.kind === 'write' ? p.legacy.remove.map((path) => path.slice(FOLDER.length)) : [];
}

function on26(nodes: readonly string[], release = '2.6.5') {
  const provider = parseDubboUrl(providerUrl('192.168.1.11', IFACE, '&group=g1&version=1.0.0', release));
  return effectiveProviderState({ provider, configurators: nodes.map((n) => parseLegacyOverride(parseNodeName(n), n)), release });
}

describe('legacy override node names', () => {
  it('is the Java-encoded full string with sorted parameters, group and version included', () => {
    const name = legacyOverrideNodeName(G1, A11, { kind: 'disabled' });
    expect(name).toBe(
      'override%3A%2F%2F192.168.1.11%3A20880%2Forg.apache.dubbo.demo.DemoService%3Fcategory%3Dconfigurators' +
        '%26disabled%3Dtrue%26dynamic%3Dfalse%26enabled%3Dtrue%26group%3Dg1%26version%3D1.0.0',
    );
    expect(formatDubboUrl(parseNodeName(name))).toBe(DISABLE_URL);
    expect(toNodeName(parseNodeName(name))).toBe(name);
  });

  it('disable in legacy mode creates it, and a 2.6 consumer then drops the instance', () => {
    const p = plan({ action: 'disable', addresses: [A11], legacy: true });
    expect(created(p)).toEqual([legacyOverrideNodeName(G1, A11, { kind: 'disabled' })]);
    expect(on26([]).enabled).toBe(true);
    expect(on26(created(p)).enabled).toBe(false);
    // 2.7+ consumers and 3.x providers read it too; it agrees with the YAML.
    for (const release of ['2.7.8', '3.2.16', '3.3.1']) expect(on26(created(p), release).enabled).toBe(false);
  });

  it('enable deletes that exact node, in any mode', () => {
    const node = legacyOverrideNodeName(G1, A11, { kind: 'disabled' });
    const p = plan({ action: 'enable', addresses: [A11] }, [node]);
    expect(removed(p)).toEqual([node]);
    expect(p.kind === 'write' && p.nextText).toBeNull();
  });

  it('a weight replaces the instance\'s previous pure weight node', () => {
    const first = plan({ action: 'set-weight', weight: 30, addresses: [A11], legacy: true });
    expect(created(first)).toEqual([legacyOverrideNodeName(G1, A11, { kind: 'weight', weight: 30 })]);
    expect(on26(created(first)).weight).toBe(30);
    const second = plan({ action: 'set-weight', weight: 40, addresses: [A11], legacy: true }, created(first));
    expect(removed(second)).toEqual(created(first));
    expect(created(second)).toEqual([legacyOverrideNodeName(G1, A11, { kind: 'weight', weight: 40 })]);
    const again = plan({ action: 'set-weight', weight: 40, addresses: [A11], legacy: true }, created(second));
    expect(created(again)).toEqual([]);
  });

  it('without legacy mode, a stale pure weight node that would win at every consumer is removed, nothing created', () => {
    const stale = legacyOverrideNodeName(G1, A11, { kind: 'weight', weight: 30 });
    const p = plan({ action: 'set-weight', weight: 40, addresses: [A11] }, [stale], ['3.3.1']);
    expect(removed(p)).toEqual([stale]);
    expect(created(p)).toEqual([]);
  });

  it('leaves foreign legacy nodes alone (other parameters, other group, 0.0.0.0)', () => {
    const foreign = [
      `override://${A11}/${IFACE}?category=configurators&disabled=true&dynamic=false&enabled=true&group=g1&timeout=5&version=1.0.0`,
      `override://${A11}/${IFACE}?category=configurators&disabled=true&dynamic=false&enabled=true&group=g2&version=1.0.0`,
      `override://0.0.0.0/${IFACE}?category=configurators&disabled=true&dynamic=false&enabled=true&group=g1&version=1.0.0`,
    ].map((u) => toNodeName(parseDubboUrl(u)));
    expect(plan({ action: 'enable', addresses: [A11] }, foreign).kind).toBe('noop');
  });

  it('warns that 2.6 applications are not reached without legacy mode', () => {
    const p = plan({ action: 'disable', addresses: [A11] });
    expect(p.warnings.map((w) => w.code)).toContain('LEGACY_APPS_NOT_REACHED');
    expect(plan({ action: 'disable', addresses: [A11], legacy: true }).warnings.map((w) => w.code)).not.toContain('LEGACY_APPS_NOT_REACHED');
  });
});
