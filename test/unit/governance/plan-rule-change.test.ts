// Table tests of planRuleChange: round trips (disable → enable), guardrails, bad input, invalid files,
// scopes, the typed-item fallback for disabled files, and the preview's shares.
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../server/errors/domain-error.ts';
import { validateOperation, type RuleOperationInput } from '../../../server/governance/governance-operation.ts';
import { planRuleChange, type RulePlan } from '../../../server/governance/plan-rule-change.ts';
import { ADDRESSES, APP, fixture, fleet, GREETING, NODE, SERVICE } from './governance-fixture.ts';
import { proveEffect } from './prove-effect.ts';

const [A10, A11, A12, A13] = ADDRESSES as [string, string, string, string];
type Op = Omit<RuleOperationInput, 'scope'> & { scope?: 'service' | 'application' };

function plan(text: string | undefined, op: Op, node = NODE): RulePlan {
  const scope = op.scope ?? 'service';
  const operation = validateOperation({ serviceKey: SERVICE, application: APP, ...op, scope });
  const snapshot = fleet(text ? { rule: { node, text } } : {});
  return planRuleChange({ snapshot, current: text ? { text, version: 7 } : undefined, operation });
}

function refusal(f: () => unknown): { code: string; kind: string } {
  try {
    f();
  } catch (e) {
    if (e instanceof DomainError) return { code: e.code, kind: e.kind };
    throw e;
  }
  throw new Error('no refusal');
}

function nextText(p: RulePlan): string | null {
  if (p.kind !== 'write') throw new Error(`expected a write, got ${p.kind}`);
  return p.nextText;
}

describe('enable after disable', () => {
  it.each([
    ['hand-written.yaml'],
    ['ours-before.yaml'],
  ])('restores %s byte for byte', (file) => {
    const original = fixture(file);
    const disabled = nextText(plan(original, { action: 'disable', addresses: [A11] }));
    const enabled = plan(disabled ?? '', { action: 'enable', addresses: [A11] });
    expect(nextText(enabled)).toBe(original);
  });

  it('deletes the node it created when nothing else is left in it', () => {
    const disabled = nextText(plan(undefined, { action: 'disable', addresses: [A11] }));
    const enabled = plan(disabled ?? '', { action: 'enable', addresses: [A11] });
    expect(nextText(enabled)).toBeNull();
    expect(enabled.kind === 'write' && enabled.diff).toMatch(/^--- a\/.*\n\+\+\+ \/dev\/null\n/);
  });

  it('leaves an Admin file with the header Dubbo 3.2+ needs, Admin items untouched', () => {
    const original = fixture('admin-weight.yaml');
    const disabled = nextText(plan(original, { action: 'disable', addresses: [A11] })) ?? '';
    const enabled = nextText(plan(disabled, { action: 'enable', addresses: [A11] })) ?? '';
    expect(enabled).toBe(
      original
        .replace('configs:', 'configVersion: v2.7\nconfigs:')
        .replace('enabled: false', 'enabled: true')
        .replace('key: org.apache.dubbo.demo.DemoService:1.0.0:g1', `key: ${SERVICE}`),
    );
  });

  it('removes only what disabled that instance', () => {
    const text = nextText(plan(fixture('ours-before.yaml'), { action: 'disable', addresses: [A11] })) ?? '';
    const enabled = nextText(plan(text, { action: 'enable', addresses: [A13] })) ?? '';
    expect(enabled).toContain('providerAddresses: ["192.168.1.11:20880"]');
    expect(enabled).not.toContain('192.168.1.13:20880"]\n    parameters: {disabled');
  });

  it('takes the instance out of a foreign item whose only effect is disabling', () => {
    const foreign = `configVersion: v2.7
scope: service
key: ${SERVICE}
enabled: true
configs:
  # maintenance window INC-42
  - side: consumer
    addresses: [0.0.0.0]
    providerAddresses: [192.168.1.11:20880, 192.168.1.12:20880]
    parameters: {disabled: true}
  - side: consumer
    addresses: [0.0.0.0]
    providerAddresses: [192.168.1.11:20880]
    parameters: {disabled: true, timeout: 100}
`;
    const p = plan(foreign, { action: 'enable', addresses: [A11] });
    expect(nextText(p)).toContain('providerAddresses: [192.168.1.12:20880]\n');
    expect(nextText(p)).toContain('parameters: {disabled: true, timeout: 100}');
    expect(p.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['FOREIGN_DISABLE_KEPT', 'EFFECT_NOT_REACHED']));
  });
});

describe('idempotence', () => {
  it.each([
    ['enable of an enabled instance', undefined, { action: 'enable', addresses: [A11] }],
    ['weight that is already explicit and effective', fixture('ours-before.yaml'), { action: 'set-weight', weight: 50, addresses: [A10] }],
    ['disable of a disabled instance', fixture('ours-before.yaml'), { action: 'disable', addresses: [A13] }],
  ] as const)('%s is a noop', (_, text, op) => {
    expect(plan(text, op).kind).toBe('noop');
  });
});

describe('guardrails', () => {
  it('refuses to disable the last enabled provider', () => {
    const text = nextText(plan(undefined, { action: 'disable', addresses: [A10, A11, A12] })) ?? '';
    expect(refusal(() => plan(text, { action: 'disable', addresses: [A13] }))).toEqual({ code: 'LAST_PROVIDER', kind: 'conflict' });
    const forced = plan(text, { action: 'disable', addresses: [A13], force: true });
    expect(forced.warnings.map((w) => w.code)).toContain('LAST_PROVIDER_FORCED');
  });

  it('refuses to zero every weight', () => {
    expect(refusal(() => plan(undefined, { action: 'set-weight', weight: 0, addresses: ADDRESSES }))).toEqual({ code: 'ALL_WEIGHTS_ZERO', kind: 'conflict' });
    expect(plan(undefined, { action: 'set-weight', weight: 0, addresses: ADDRESSES, force: true }).kind).toBe('write');
  });

  it('warns when fewer than half would serve', () => {
    const p = plan(undefined, { action: 'disable', addresses: [A10, A11, A12] });
    expect(p.warnings.map((w) => w.code)).toContain('FEW_PROVIDERS_SERVING');
    expect(plan(undefined, { action: 'disable', addresses: [A10, A11] }).warnings.map((w) => w.code)).not.toContain('FEW_PROVIDERS_SERVING');
  });
});

describe('bad input', () => {
  it.each([-1, 10001, 1.5, '5', undefined, Number.NaN])('weight %j → WEIGHT_OUT_OF_RANGE', (weight) => {
    expect(refusal(() => plan(undefined, { action: 'set-weight', weight, addresses: [A11] })).code).toBe('WEIGHT_OUT_OF_RANGE');
  });

  it.each(['192.168.1.11', '192.168.1.11:0', 'host:20880', '0.0.0.0:20880', '192.168.1.11:70000', '300.1.1.1:1', 42, ''])(
    'address %j → BAD_ADDRESS',
    (address) => {
      expect(refusal(() => plan(undefined, { action: 'disable', addresses: [address] })).code).toBe('BAD_ADDRESS');
    },
  );

  it('accepts weights 0 and 10000', () => {
    expect(plan(undefined, { action: 'set-weight', weight: 10000, addresses: [A11] }).kind).toBe('write');
    expect(plan(undefined, { action: 'set-weight', weight: 0, addresses: [A11] }).kind).toBe('write');
  });

  it.each([
    [{ action: 'disable', addresses: ['192.168.1.99:20880'] }, 'UNKNOWN_INSTANCE'],
    [{ action: 'disable', addresses: [A11], serviceKey: 'g9/org.nope.Svc' }, 'UNKNOWN_SERVICE'],
    [{ action: 'disable', addresses: [A11], serviceKey: `${SERVICE.split('/')[1]?.replace(':1.0.0', '')}:1.0.0:g1` }, 'BAD_TARGET'],
    [{ action: 'disable', addresses: [A11], scope: 'application', application: 'nobody' }, 'UNKNOWN_APPLICATION'],
    [{ action: 'reboot', addresses: [A11] }, 'BAD_ACTION'],
  ] as const)('%j → %s', (op, code) => {
    expect(refusal(() => plan(undefined, op as Op)).code).toBe(code);
  });
});

describe('a rule file Dubbo cannot read', () => {
  const invalid = fixture('invalid.yaml');

  it('is never overwritten blindly', () => {
    expect(refusal(() => plan(invalid, { action: 'disable', addresses: [A11] }))).toEqual({ code: 'INVALID_RULE_FILE', kind: 'conflict' });
    expect(refusal(() => plan('configVersion: v2.7\nconfigs:\n  - side: provider\n    parameters: {}\n', { action: 'disable', addresses: [A11] })).code).toBe('INVALID_RULE_FILE');
  });

  it('is replaced when the operator chooses to', () => {
    const p = plan(invalid, { action: 'disable', addresses: [A11], replaceInvalid: true });
    expect(nextText(p)).toBe(nextText(plan(undefined, { action: 'disable', addresses: [A11] })));
    expect(p.warnings.map((w) => w.code)).toContain('RULE_FILE_REPLACED');
    expect(p.kind === 'write' && p.diff).toContain('-configs: [ {side: provider');
  });

  it('a JSON array of override URLs is valid for Dubbo and left to a human', () => {
    const json = '["override://192.168.1.11:20880/org.apache.dubbo.demo.DemoService?weight=5"]';
    expect(refusal(() => plan(json, { action: 'disable', addresses: [A11], replaceInvalid: true })).code).toBe('NOT_SUPPORTED');
  });
});

describe('scopes', () => {
  it('an ungrouped service needs only the consumer-side disable (3.2.x matches it)', () => {
    const node = `${GREETING}::.configurators`;
    const p = planRuleChange({
      snapshot: fleet(),
      current: undefined,
      operation: validateOperation({ action: 'disable', scope: 'service', serviceKey: GREETING, addresses: [A11] }),
    });
    const text = nextText(p);
    expect(p.node.node).toBe(node);
    expect(text).toContain(`key: ${GREETING}\n`);
    expect(text).not.toContain('side: provider');
    proveEffect({ node, scope: 'service', text: undefined }, { node, scope: 'service', text }, [A11], { enabled: false }, { iface: GREETING });
  });

  it('application scope writes <app>.configurators keyed by the application', () => {
    const p = plan(undefined, { action: 'set-weight', weight: 5, addresses: [A11], scope: 'application' });
    expect(p.node).toMatchObject({ node: `${APP}.configurators`, path: `/dubbo/config/dubbo/${APP}.configurators`, key: APP });
    expect(p.preview.map((s) => s.serviceKey).sort()).toEqual([GREETING, SERVICE].sort());
  });
});

describe('a file switched off at the top with untyped items', () => {
  const off = `configVersion: v2.7
scope: service
key: ${SERVICE}
enabled: false
configs:
  - side: consumer
    addresses: [0.0.0.0]
    parameters: {timeout: 1}
`;

  it('stays off; our items carry their own enabled flag', () => {
    const text = nextText(plan(off, { action: 'disable', addresses: [A11] })) ?? '';
    expect(text).toContain('enabled: false\n');
    expect(text).toContain('parameters: {disabled: true}\n    type: disabled\n    enabled: true');
    proveEffect({ node: NODE, scope: 'service', text: off }, { node: NODE, scope: 'service', text }, [A11], { enabled: false });
  });
});

describe('preview', () => {
  it('shows each provider before and after with the read side\'s shares', () => {
    const p = plan(undefined, { action: 'set-weight', weight: 20, addresses: [A11] });
    const [service] = p.preview;
    expect(service?.serviceKey).toBe(SERVICE);
    const byAddress = new Map(service?.providers.map((x) => [x.address, x]));
    expect(byAddress.get(A11)).toMatchObject({ targeted: true, before: { weight: 100, share: 0.25 }, after: { weight: 20, share: 20 / 320 } });
    expect(byAddress.get(A10)).toMatchObject({ targeted: false, before: { weight: 100 }, after: { weight: 100, share: 100 / 320 } });
  });

  it('shows a disabled provider at share 0 and the diff of the rule', () => {
    const p = plan(undefined, { action: 'disable', addresses: [A11] });
    expect(p.preview[0]?.providers.find((x) => x.address === A11)).toMatchObject({ before: { enabled: true }, after: { enabled: false, share: 0 } });
    expect(p.kind === 'write' && p.diff).toMatch(/^--- \/dev\/null\n\+\+\+ b\/org\.apache\.dubbo\.demo\.DemoService:1\.0\.0:g1\.configurators\n@@ -0,0 \+1,12 @@\n\+configVersion: v2\.7\n/);
  });
});

describe('explicit weights for the other providers (3.x random load balancing, dubbo-format.md §6)', () => {
  it('marks the untargeted providers whose current weight it writes, and says why', () => {
    const p = plan(undefined, { action: 'set-weight', weight: 300, addresses: [A10] });
    const rows = p.preview[0]?.providers ?? [];
    expect(rows.map((r) => [r.address, r.targeted, r.weightMadeExplicit])).toEqual([
      [A10, true, false],
      [A11, false, true],
      [A12, false, true],
      [A13, false, true],
    ]);
    expect(nextText(p)).toContain('weight: 100');
    const warning = p.warnings.find((w) => w.code === 'WEIGHTS_MADE_EXPLICIT');
    expect(warning?.message).toMatch(/current weight of 3 other providers is written too, unchanged/);
    expect(warning?.details).toEqual({ addresses: [A11, A12, A13] });
  });

  it('marks nothing when every provider already has an explicit weight', () => {
    const first = nextText(plan(undefined, { action: 'set-weight', weight: 300, addresses: [A10] })) ?? '';
    const p = plan(first, { action: 'set-weight', weight: 50, addresses: [A11] });
    expect(p.preview[0]?.providers.some((r) => r.weightMadeExplicit)).toBe(false);
    expect(p.warnings.map((w) => w.code)).not.toContain('WEIGHTS_MADE_EXPLICIT');
  });

  it('marks nothing for a disable', () => {
    const p = plan(undefined, { action: 'disable', addresses: [A10] });
    expect(p.preview[0]?.providers.some((r) => r.weightMadeExplicit)).toBe(false);
  });
});
