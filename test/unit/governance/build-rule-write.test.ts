// The one place a decided change becomes a write, for apply and rollback alike: the rule write, the history
// and audit records stamped with one clock reading, and the answer that logs the write once it committed.
import { describe, expect, it } from 'vitest';
import { auditTarget, buildRuleWrite, type WriteIntent } from '../../../server/governance/build-rule-write.ts';
import type { ResultParts } from '../../../server/governance/governance-result.ts';

const NODE = 'com.foo.Svc::.configurators';
const PATH = `/dubbo/config/dubbo/${NODE}`;
const parts: ResultParts = {
  node: NODE,
  path: PATH,
  before: 'old\n',
  after: 'new\n',
  currentVersion: 3,
  diff: '-old\n+new\n',
  legacy: { create: ['/dubbo/x/configurators/new'], remove: ['/dubbo/x/configurators/old'] },
  preview: [],
  warnings: [],
};

function build(intent: Partial<WriteIntent>) {
  const lines: Array<{ fields: object; message: string }> = [];
  const deps = {
    clock: () => new Date('2026-02-03T04:05:06Z'),
    log: { info: (fields: object, message: string) => void lines.push({ fields, message }), warn: () => undefined },
  };
  const decision = buildRuleWrite(deps, parts, {
    current: { text: 'old\n', version: 3 },
    nextText: 'new\n',
    ruleChanged: true,
    action: 'set-weight',
    target: auditTarget(NODE, { scope: 'service', serviceKey: 'com.foo.Svc' }, ['10.0.0.1:20880']),
    actor: { user: 'alice', via: 'session', source: '10.1.2.3', requestId: 'req-1' },
    reason: 'load test',
    ...intent,
  });
  return { decision, lines };
}

describe('buildRuleWrite', () => {
  it('records the same time, actor, action, reason and diff in history and audit (who, how, from where in the audit entry)', () => {
    const { write } = build({}).decision;
    expect(write.history).toEqual({ at: '2026-02-03T04:05:06.000Z', actor: 'alice', action: 'set-weight', reason: 'load test', diff: '-old\n+new\n' });
    expect(write.audit).toEqual({
      at: '2026-02-03T04:05:06.000Z',
      actor: 'alice',
      via: 'session',
      source: '10.1.2.3',
      requestId: 'req-1',
      action: 'set-weight',
      target: { node: NODE, scope: 'service', serviceKey: 'com.foo.Svc', addresses: ['10.0.0.1:20880'] },
      reason: 'load test',
      before: 'old\n',
      after: 'new\n',
      legacy: { created: ['/dubbo/x/configurators/new'], removed: ['/dubbo/x/configurators/old'] },
    });
    expect(write).toMatchObject({ node: NODE, path: PATH, before: { version: 3 }, nextText: 'new\n', ruleChanged: true });
  });

  it('audits the unchanged text when only legacy nodes change, and a rollback to "did not exist" as null', () => {
    expect(build({ ruleChanged: false, nextText: 'old\n' }).decision.write.audit.after).toBe('old\n');
    const rollback = build({ action: 'rollback', nextText: null, target: auditTarget(NODE, { scope: 'application', application: 'shop' }, []) });
    expect(rollback.decision.write.audit).toMatchObject({ action: 'rollback', after: null, target: { scope: 'application', application: 'shop', addresses: [] } });
    expect(rollback.decision.write.audit.target).not.toHaveProperty('serviceKey');
  });

  it('answers the committed versions and logs the write once', () => {
    const { decision, lines } = build({});
    const result = decision.answer({ kind: 'committed', zkVersion: 4, historyVersion: 7, auditId: 'e-0000000001' });
    expect(result).toMatchObject({ status: 'applied', version: 4, historyVersion: 7, auditId: 'e-0000000001', rule: { node: NODE, version: 4 } });
    expect(lines).toEqual([
      {
        message: 'governance write',
        fields: expect.objectContaining({ actor: 'alice', action: 'set-weight', before: 'old\n', after: 'new\n', rule: { node: NODE, path: PATH, version: 4 } }),
      },
    ]);
  });
});
