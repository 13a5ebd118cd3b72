import { describe, expect, it } from 'vitest';
import { configuratorNodeOf, describeIntent, expectedVersionOf, governanceRequest, legacyRecommended } from '../../../client/features/governance/governance-intent.ts';
import type { WriteOptions } from '../../../client/features/governance/governance-intent.ts';
import { forceQuestion } from '../../../client/features/governance/governance-wording.ts';

const options: WriteOptions = { dryRun: true, force: false, replaceInvalid: false, legacy: false, reason: '  drain  ', expectedVersion: 4 };

describe('governance requests', () => {
  it('sends a single-provider weight to the per-instance endpoint, the dry run and the write alike', () => {
    const intent = { action: 'set-weight', target: { scope: 'service', serviceKey: 'g1/com.foo.Demo:1.0.0' }, addresses: ['10.0.0.4:20880'], weight: 500 } as const;
    expect(governanceRequest(intent, options)).toEqual({
      method: 'PUT',
      path: '/api/services/g1%2Fcom.foo.Demo%3A1.0.0/instances/10.0.0.4%3A20880/weight',
      body: { weight: 500, expectedVersion: 4, legacy: false, dryRun: true, reason: 'drain' },
    });
    expect(governanceRequest(intent, { ...options, dryRun: false, force: true }).body).toMatchObject({ dryRun: false, force: true });
  });

  it('sends enable/disable of one provider to …/enabled', () => {
    const request = governanceRequest({ action: 'disable', target: { scope: 'service', serviceKey: 'a.B' }, addresses: ['10.0.0.1:1'] }, { ...options, reason: '' });
    expect(request).toEqual({ method: 'PUT', path: '/api/services/a.B/instances/10.0.0.1%3A1/enabled', body: { enabled: false, expectedVersion: 4, legacy: false, dryRun: true } });
  });

  it('sends a selection to the bulk operations endpoint', () => {
    const request = governanceRequest({ action: 'set-weight', target: { scope: 'service', serviceKey: 'a.B' }, addresses: ['10.0.0.1:1', '10.0.0.2:1'], weight: 0 }, { ...options, replaceInvalid: true });
    expect(request).toEqual({
      method: 'POST',
      path: '/api/governance/operations',
      body: { action: 'set-weight', scope: 'service', serviceKey: 'a.B', addresses: ['10.0.0.1:1', '10.0.0.2:1'], weight: 0, expectedVersion: 4, legacy: false, dryRun: true, reason: 'drain', replaceInvalid: true },
    });
  });

  it('sends application-scope writes to the application endpoints and the bulk endpoint', () => {
    const target = { scope: 'application', application: 'demo-provider-27' } as const;
    expect(governanceRequest({ action: 'disable', target, addresses: ['10.0.0.3:20880'] }, { ...options, reason: '' })).toEqual({
      method: 'PUT',
      path: '/api/applications/demo-provider-27/instances/10.0.0.3%3A20880/enabled',
      body: { enabled: false, expectedVersion: 4, legacy: false, dryRun: true },
    });
    expect(governanceRequest({ action: 'enable', target, addresses: ['10.0.0.3:20880', '10.0.0.4:20880'] }, { ...options, reason: '' })).toEqual({
      method: 'POST',
      path: '/api/governance/operations',
      body: { action: 'enable', scope: 'application', application: 'demo-provider-27', addresses: ['10.0.0.3:20880', '10.0.0.4:20880'], expectedVersion: 4, legacy: false, dryRun: true },
    });
    expect(describeIntent({ action: 'set-weight', target, addresses: ['10.0.0.3:20880', '10.0.0.4:20880'], weight: 50 })).toBe('Set weight to 50 on 2 instances');
  });

  it.each([
    [{ action: 'set-weight', target: { scope: 'service', serviceKey: 'a.B' }, addresses: ['10.0.0.4:20880'], weight: 1500 } as const, 'Set weight to 1,500 on 10.0.0.4:20880'],
    [{ action: 'disable', target: { scope: 'service', serviceKey: 'a.B' }, addresses: ['1.1.1.1:1', '1.1.1.2:1'] } as const, 'Disable 2 providers'],
  ])('describes %o', (intent, text) => {
    expect(describeIntent(intent)).toBe(text);
  });
});

describe('the rule version the operator saw', () => {
  const service = { interface: 'com.foo.DemoService', version: '', group: '', rules: [] as never[] };
  it('names the config-center node Dubbo reads (iface:version:group)', () => {
    expect(configuratorNodeOf(service)).toBe('com.foo.DemoService::.configurators');
    expect(configuratorNodeOf({ interface: 'a.B', version: '1.0.0', group: 'g1' })).toBe('a.B:1.0.0:g1.configurators');
  });
  it('is the listed rule’s ZooKeeper version, or -1 without a rule file', () => {
    const rule = { node: 'com.foo.DemoService::.configurators', label: '', path: '', kind: 'configurators', scope: 'service', version: 7 } as const;
    const legacy = { ...rule, scope: 'legacy', version: 2 } as const;
    expect(expectedVersionOf(service)).toBe(-1);
    expect(expectedVersionOf({ ...service, rules: [legacy] })).toBe(-1);
    expect(expectedVersionOf({ ...service, rules: [legacy, rule] })).toBe(7);
  });
  it('recommends the 2.6 copy only when 2.6 instances are around', () => {
    expect(legacyRecommended({ providers: [{ release: '2.7.8' }], consumers: [{ release: '3.3.1' }], rules: [{ scope: 'legacy' }] } as never)).toBe(false);
    expect(legacyRecommended({ providers: [{ release: '' }], consumers: [], rules: [] } as never)).toBe(true);
  });
});

describe('guardrail questions', () => {
  it.each([
    ['LAST_PROVIDER', 1, 'Disable the last enabled provider anyway?'],
    ['LAST_PROVIDER', 2, 'Disable every remaining enabled provider anyway?'],
  ])('%s with %i targets', (code, count, question) => {
    expect(forceQuestion(code, { action: 'disable', target: { scope: 'service', serviceKey: 'a' }, addresses: Array.from({ length: count }, (_, i) => `1.1.1.${i}:1`) })).toBe(question);
  });
});
