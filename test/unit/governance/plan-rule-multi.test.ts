// The ops of the one multi a governance write commits, planned without ZooKeeper: their order, the
// compare-and-set versions, the baseline on a node's first write, legacy-only writes and what the rule
// store reads back from the results (which op is the history version, which the audit entry).
import { describe, expect, it } from 'vitest';
import type { ChainTip } from '../../../server/governance/audit-chain.ts';
import { hashEntry } from '../../../server/governance/audit-chain.ts';
import { planRuleMulti } from '../../../server/governance/plan-rule-multi.ts';
import type { MultiOp } from '../../../server/governance/rule-write.ts';
import type { RuleWrite } from '../../../server/governance/rule-write.ts';

const PATH = '/dubbo/config/dubbo/com.foo.Svc::.configurators';
const OLD = '/dubbo/com.foo.Svc/configurators/old';
const NEW = '/dubbo/com.foo.Svc/configurators/new';
const at = '2026-01-01T00:00:00.000Z';

function write(over: Partial<RuleWrite>): RuleWrite {
  return {
    node: 'com.foo.Svc::.configurators',
    path: PATH,
    before: { text: 'old: 1\n', version: 4 },
    nextText: 'new: 2\n',
    ruleChanged: true,
    legacy: { create: [], remove: [] },
    history: { at, actor: 'alice', action: 'set-weight', reason: 'r', diff: 'd' },
    audit: {
      at,
      actor: 'alice',
      action: 'set-weight',
      target: { node: 'com.foo.Svc::.configurators', scope: 'service', serviceKey: 'com.foo.Svc', addresses: ['10.0.0.1:20880'] },
      reason: 'r',
      before: 'old: 1\n',
      after: 'new: 2\n',
      legacy: { created: [], removed: [] },
    },
    ...over,
  };
}

const CHAIN = { auditFolder: '/sb/audit', auditHead: '/sb/audit-head' };
const TIP: ChainTip = { kind: 'head', hash: 'a'.repeat(64), version: 3 };
const plan = (w: RuleWrite, firstHistory = false, tip: ChainTip = TIP) => planRuleMulti({ write: w, historyFolder: '/sb/history/n', chain: CHAIN, tip, firstHistory });
const HEAD = 'setData /sb/audit-head@3 head';

/** An op as one readable line: rule data (YAML) as a quoted string, records (JSON) as `action:text-or-ruleVersion`. */
function show(op: MultiOp): string {
  const version = 'version' in op && op.version !== undefined ? `@${op.version}` : '';
  const mode = op.type === 'create' && op.mode ? ` ${op.mode}` : '';
  const text = 'data' in op && op.data ? op.data.toString('utf8') : undefined;
  let data = '';
  if (text?.startsWith('{')) {
    const record = JSON.parse(text) as Record<string, unknown>;
    if ('hash' in record) return `${op.type} ${op.path}${version}${mode} head`;
    data = ` ${String(record['action'])}:${JSON.stringify('text' in record ? record['text'] : record['ruleVersion'])}`;
  } else if (text !== undefined) data = ` ${JSON.stringify(text)}`;
  return `${op.type} ${op.path}${version}${mode}${data}`;
}

describe('planRuleMulti', () => {
  it.each([
    {
      name: 'updates an existing node under its version, then history and audit',
      write: write({}),
      first: false,
      ops: [`setData ${PATH}@4 "new: 2\\n"`, 'create /sb/history/n/v- persistent_sequential set-weight:"new: 2\\n"', 'create /sb/audit/e- persistent_sequential set-weight:5', HEAD],
      zkVersion: 5,
    },
    {
      name: 'creates a missing node and records the baseline "did not exist" first',
      write: write({ before: undefined }),
      first: true,
      ops: [`create ${PATH} "new: 2\\n"`, 'create /sb/history/n/v- persistent_sequential baseline:null', 'create /sb/history/n/v- persistent_sequential set-weight:"new: 2\\n"', 'create /sb/audit/e- persistent_sequential set-weight:0', HEAD],
      zkVersion: 0,
    },
    {
      name: 'deletes the node under its version',
      write: write({ nextText: null }),
      first: false,
      ops: [`remove ${PATH}@4`, 'create /sb/history/n/v- persistent_sequential set-weight:null', 'create /sb/audit/e- persistent_sequential set-weight:null', HEAD],
      zkVersion: null,
    },
    {
      name: 'checks the version of an unchanged node and removes legacy nodes before creating them',
      write: write({ ruleChanged: false, legacy: { create: [NEW], remove: [OLD] } }),
      first: false,
      ops: [`check ${PATH}@4`, `remove ${OLD}`, `create ${NEW}`, 'create /sb/history/n/v- persistent_sequential set-weight:"old: 1\\n"', 'create /sb/audit/e- persistent_sequential set-weight:4', HEAD],
      zkVersion: 4,
    },
    {
      name: 'records no history when nothing changes, only the audit entry',
      write: write({ ruleChanged: false, before: undefined }),
      first: true,
      ops: ['create /sb/audit/e- persistent_sequential set-weight:null', HEAD],
      zkVersion: null,
    },
  ])('$name', ({ write: w, first, ops, zkVersion }) => {
    const multi = plan(w, first);
    expect(multi.ops.map(show)).toEqual(ops);
    expect(multi.zkVersion).toBe(zkVersion);
    expect(multi.auditIndex).toBe(ops.length - 2);
    expect(multi.headIndex).toBe(ops.length - 1);
  });

  it('says which ops guard the rule node and which result is the history version', () => {
    const legacyOnly = plan(write({ ruleChanged: false, legacy: { create: [NEW], remove: [] } }), true);
    expect(legacyOnly).toMatchObject({ ruleOpCount: 1, historyIndex: 3, auditIndex: 4, historyEntries: 2 });
    const absentUnchanged = plan(write({ ruleChanged: false, before: undefined }));
    expect(absentUnchanged).toMatchObject({ ruleOpCount: 0, historyIndex: undefined, auditIndex: 0, historyEntries: 0 });
  });

  it('stores the history and audit records the write carries, stamped with the version after it', () => {
    const multi = plan(write({ legacy: { create: [NEW], remove: [OLD] } }));
    const record = (i: number) => JSON.parse((multi.ops[i] as { data: Buffer }).data.toString('utf8')) as Record<string, unknown>;
    expect(record(multi.historyIndex ?? -1)).toEqual({
      at,
      actor: 'alice',
      action: 'set-weight',
      reason: 'r',
      diff: 'd',
      text: 'new: 2\n',
      zkVersion: 5,
      legacy: { created: [NEW], removed: [OLD] },
    });
    expect(record(multi.auditIndex)).toMatchObject({ actor: 'alice', before: 'old: 1\n', after: 'new: 2\n', ruleVersion: 5 });
  });
});

describe('the audit chain', () => {
  it('links the audit entry to the head read and moves the head to the entry, in the same multi', () => {
    const multi = plan(write({}));
    const entry = multi.ops[multi.auditIndex] as { data: Buffer };
    const head = multi.ops[multi.headIndex] as { type: string; data: Buffer; version: number };
    expect(JSON.parse(entry.data.toString('utf8'))).toMatchObject({ action: 'set-weight', prevHash: TIP.hash });
    expect(head).toMatchObject({ type: 'setData', version: 3 });
    expect(JSON.parse(head.data.toString('utf8'))).toEqual({ hash: hashEntry(entry.data) });
  });

  it('creates the head when the chain starts', () => {
    const multi = plan(write({}), false, { kind: 'start', prevHash: 'b'.repeat(64) });
    expect(multi.ops[multi.headIndex]).toMatchObject({ type: 'create', path: '/sb/audit-head' });
    expect(JSON.parse((multi.ops[multi.auditIndex] as { data: Buffer }).data.toString('utf8'))).toMatchObject({ prevHash: 'b'.repeat(64) });
  });
});

describe('companions', () => {
  it('commits the console state that must change with the rule (a release document) last, under its version', () => {
    const release: MultiOp = { type: 'setData', path: '/sb/releases/r-0000000003', data: Buffer.from('{}'), version: 7 };
    const multi = plan(write({ companions: [release] }));
    expect(multi.ops.at(-1)).toBe(release);
    expect(multi.ops[multi.auditIndex]?.path).toBe('/sb/audit/e-');
    expect(multi.historyEntries).toBe(1);
    expect(plan(write({})).ops).toHaveLength(multi.ops.length - 1);
  });
});
