// Golden rule files: a starting file + an operation → the exact file we write, checked in under
// test/fixtures/governance/expected (a missing one fails; UPDATE_GOLDEN=1 writes them). Every result is also parsed back with
// the read side's parser and replayed for Dubbo 2.7.8, 3.1.11, 3.2.16 and 3.3.1 (proveEffect).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateOperation, type RuleOperationInput } from '../../../server/governance/governance-operation.ts';
import { planRuleChange } from '../../../server/governance/plan-rule-change.ts';
import { checkGolden, updatingGoldens } from '../golden/golden-file.ts';
import { ADDRESSES, APP, FIXTURES, fixture, fleet, GREETING, NODE, SERVICE } from './governance-fixture.ts';
import { proveEffect, type Expectation } from './prove-effect.ts';

const [A10, A11, A12, A13] = ADDRESSES as [string, string, string, string];
const APP_NODE = `${APP}.configurators`;

interface GoldenCase {
  readonly name: string;
  readonly start: string | undefined;
  readonly op: Omit<RuleOperationInput, 'scope' | 'serviceKey'> & { scope?: 'service' | 'application' };
  readonly want: Expectation;
  /** Provider/release pairs that legitimately change besides the targets (explained per case). */
  readonly allowed?: ReadonlyArray<readonly [string, string]>;
}

// Admin's colon-form key made its typed weight item (50 for .10) invisible to 3.2+; rewriting the key to the
// service-key form — needed for our own items — lets it apply there too, as Admin meant.
const ADMIN_KEY_FIX: ReadonlyArray<readonly [string, string]> = [[A10, '3.2.16'], [A10, '3.3.1']];

const CASES: readonly GoldenCase[] = [
  { name: 'none--weight', start: undefined, op: { action: 'set-weight', weight: 20, addresses: [A11] }, want: { weight: 20 } },
  { name: 'none--disable', start: undefined, op: { action: 'disable', addresses: [A11] }, want: { enabled: false } },
  { name: 'none--disable-two', start: undefined, op: { action: 'disable', addresses: [A10, A11] }, want: { enabled: false } },
  { name: 'admin--weight', start: 'admin-weight.yaml', op: { action: 'set-weight', weight: 20, addresses: [A11] }, want: { weight: 20 }, allowed: ADMIN_KEY_FIX },
  { name: 'admin--weight-admin-item', start: 'admin-weight.yaml', op: { action: 'set-weight', weight: 70, addresses: [A10] }, want: { weight: 70 } },
  { name: 'admin--disable', start: 'admin-weight.yaml', op: { action: 'disable', addresses: [A11] }, want: { enabled: false }, allowed: ADMIN_KEY_FIX },
  { name: 'hand--weight', start: 'hand-written.yaml', op: { action: 'set-weight', weight: 20, addresses: [A11] }, want: { weight: 20 } },
  { name: 'hand--weight-hand-item', start: 'hand-written.yaml', op: { action: 'set-weight', weight: 150, addresses: [A12] }, want: { weight: 150 } },
  { name: 'hand--disable', start: 'hand-written.yaml', op: { action: 'disable', addresses: [A11] }, want: { enabled: false } },
  { name: 'ours--weight-split', start: 'ours-before.yaml', op: { action: 'set-weight', weight: 20, addresses: [A11] }, want: { weight: 20 } },
  { name: 'ours--weight-in-place', start: 'ours-before.yaml', op: { action: 'set-weight', weight: 80, addresses: [A10] }, want: { weight: 80 } },
  { name: 'ours--disable', start: 'ours-before.yaml', op: { action: 'disable', addresses: [A11] }, want: { enabled: false } },
  { name: 'ours--enable', start: 'ours-before.yaml', op: { action: 'enable', addresses: [A13] }, want: { enabled: true } },
  { name: 'app--weight', start: undefined, op: { scope: 'application', action: 'set-weight', weight: 20, addresses: [A11] }, want: { weight: 20 } },
  { name: 'app--disable', start: undefined, op: { scope: 'application', action: 'disable', addresses: [A11] }, want: { enabled: false } },
];

function operation(c: GoldenCase) {
  const scope = c.op.scope ?? 'service';
  return validateOperation({ ...c.op, scope, ...(scope === 'service' ? { serviceKey: SERVICE } : { application: APP }) });
}

describe.each(CASES)('$name', (c) => {
  const scope = c.op.scope ?? 'service';
  const node = scope === 'service' ? NODE : APP_NODE;
  const text = c.start ? fixture(c.start) : undefined;
  const snapshot = fleet(text ? { rule: { node, text } } : {});
  const plan = planRuleChange({ snapshot, current: text ? { text, version: 3 } : undefined, operation: operation(c) });

  it('matches the golden file', () => {
    expect(plan.kind).toBe('write');
    if (plan.kind !== 'write') return;
    expect(plan.nextText).not.toBeNull();
    const verdict = checkGolden(join(FIXTURES, 'expected', `${c.name}.yaml`), plan.nextText ?? '', updatingGoldens());
    if (verdict.kind === 'missing') throw new Error(verdict.message);
    if (verdict.kind === 'differs') expect(plan.nextText).toBe(verdict.expected);
  });

  it('has the intended effect for Dubbo 2.7.8, 3.1.11, 3.2.16, 3.3.1 and changes nothing else', () => {
    if (plan.kind !== 'write') throw new Error(plan.kind);
    const before = { node, scope, text } as const;
    const after = { node, scope, text: plan.nextText } as const;
    proveEffect(before, after, c.op.addresses as string[], c.want, c.allowed ? { allowed: c.allowed } : {});
    if (scope === 'application') proveEffect(before, after, c.op.addresses as string[], c.want, { iface: GREETING });
  });

  it('is idempotent: planning again on the result changes nothing', () => {
    if (plan.kind !== 'write' || plan.nextText === null) throw new Error(plan.kind);
    const again = planRuleChange({
      snapshot: fleet({ rule: { node, text: plan.nextText } }),
      current: { text: plan.nextText, version: 4 },
      operation: operation(c),
    });
    expect(again.kind).toBe('noop');
  });

  it('warns only about what the case explains', () => {
    const codes = plan.warnings.map((w) => w.code);
    expect(codes.filter((k) => !['KEY_REWRITTEN', 'FILE_ENABLED', 'COLLATERAL_CHANGE', 'WEIGHTS_MADE_EXPLICIT'].includes(k))).toEqual([]);
    if (!c.allowed) expect(codes).not.toContain('COLLATERAL_CHANGE');
  });
});
