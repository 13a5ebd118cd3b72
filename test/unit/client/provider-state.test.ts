import { describe, expect, it } from 'vitest';
import type { Instance } from '@contract/instance.ts';
import { providerStateView, weightView } from '../../../client/features/services/provider-state.ts';

const rule = { node: 'org.demo.Svc::.configurators', label: 'org.demo.Svc::.configurators', path: '/dubbo/config/dubbo/org.demo.Svc::.configurators', kind: 'configurators' as const, scope: 'service' as const };
const provider: Instance = {
  address: '10.0.0.1:20880',
  host: '10.0.0.1',
  port: 20880,
  protocol: 'dubbo',
  application: 'shop',
  registeredWeight: 100,
  weight: 100,
  registeredEnabled: true,
  enabled: true,
  share: 0.5,
  tags: [],
  release: '3.2.0',
  dubboVersion: '3.2.0',
  params: {},
  appliedRules: [],
  consumerSpecificRules: [],
  nodes: 1,
  discovery: 'interface',
};

describe('providerStateView', () => {
  it.each<[string, Partial<Instance>, ReturnType<typeof providerStateView>]>([
    ['plain enabled', {}, { enabled: true, label: 'Enabled', ruleLabels: [] }],
    ['disabled by a rule', { enabled: false, appliedRules: [rule] }, { enabled: false, label: 'Disabled', reason: 'by rule', ruleLabels: [rule.label] }],
    ['registered disabled', { enabled: false, registeredEnabled: false }, { enabled: false, label: 'Disabled', reason: 'at registration', ruleLabels: [] }],
    [
      're-enabled by a rule',
      { registeredEnabled: false, appliedRules: [rule] },
      { enabled: true, label: 'Enabled', reason: 'by rule, registered disabled', ruleLabels: [rule.label] },
    ],
  ])('%s', (_name, patch, expected) => {
    expect(providerStateView({ ...provider, ...patch })).toEqual(expected);
  });
});

describe('weightView', () => {
  it('flags an effective weight that differs from the registered one', () => {
    expect(weightView(provider).overridden).toBe(false);
    expect(weightView({ ...provider, weight: 0 })).toEqual({ registered: 100, effective: 0, overridden: true });
  });
});
