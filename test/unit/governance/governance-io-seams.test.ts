// The pure seams of governance writes: the planner re-planned against a rule file newer than the mirror
// (what a compare-and-set retry does), the per-node write queue, the ZooKeeper state layout, and the
// governance configuration flags.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../../../server/config.ts';
import { validateOperation } from '../../../server/governance/governance-operation.ts';
import { planRuleChange } from '../../../server/governance/plan-rule-change.ts';
import { RuleWriteQueue } from '../../../server/governance/rule-write-queue.ts';
import { sequenceName, sequencedChildren, stateLayout } from '../../../server/governance/state-layout.ts';
import { ADDRESSES, fleet, SERVICE } from './governance-fixture.ts';

const [A10, A11, A12] = ADDRESSES as [string, string, string];
const setWeight = (address: string, weight: number) =>
  validateOperation({ action: 'set-weight', weight, scope: 'service', serviceKey: SERVICE, addresses: [address] });

describe('planning against a rule file the mirror has not seen yet', () => {
  it('keeps a weight another console just wrote instead of filling it with the stale value', () => {
    const stale = fleet();
    const first = planRuleChange({ snapshot: stale, current: undefined, operation: setWeight(A11, 20) });
    if (first.kind !== 'write' || first.nextText === null) throw new Error('expected a write');
    // Console B still has the stale snapshot but reads console A's file from ZooKeeper.
    const second = planRuleChange({ snapshot: stale, current: { text: first.nextText, version: 0 }, operation: setWeight(A12, 30) });
    if (second.kind !== 'write' || second.nextText === null) throw new Error('expected a write');
    const items = (parse(second.nextText) as { configs: Array<{ addresses: string[]; parameters: { weight: number } }> }).configs;
    const weights = new Map(items.flatMap((i) => i.addresses.map((a) => [a, i.parameters.weight] as const)));
    expect(weights.get(A11)).toBe(20);
    expect(weights.get(A12)).toBe(30);
    expect(weights.get(A10)).toBe(100);
  });
});

describe('RuleWriteQueue', () => {
  it('runs tasks of one node one at a time, in order, and tells later ones they waited', async () => {
    const queue = new RuleWriteQueue();
    const log: string[] = [];
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const a = queue.run('n', async (backlog) => {
      log.push(`a start ${backlog}`);
      await gate;
      log.push('a end');
    });
    const b = queue.run('n', async (backlog) => void log.push(`b ${backlog}`));
    const other = queue.run('m', async (backlog) => void log.push(`other ${backlog}`));
    await other;
    release();
    await Promise.all([a, b]);
    expect(log).toEqual(['a start false', 'other false', 'a end', 'b true']);
  });

  it('keeps going after a failed task', async () => {
    const queue = new RuleWriteQueue();
    const failed = queue.run('n', () => Promise.reject(new Error('boom')));
    await expect(failed).rejects.toThrow('boom');
    await expect(queue.run('n', async () => 'next')).resolves.toBe('next');
  });
});

describe('state layout', () => {
  it('keeps history per encoded rule node and audit entries in one folder', () => {
    const layout = stateLayout('/switchboard');
    expect(layout.historyFolder('com.foo.DemoService::.configurators')).toBe('/switchboard/history/com.foo.DemoService%3A%3A.configurators');
    expect(layout.auditFolder).toBe('/switchboard/audit');
  });

  it('orders sequential children by their counter and ignores foreign names', () => {
    expect(sequencedChildren(['v-0000000010', 'junk', 'v-0000000002', sequenceName('v-', 7)], 'v-').map((c) => c.sequence)).toEqual([2, 7, 10]);
  });
});

describe('governance configuration', () => {
  it('defaults to /switchboard and no legacy writes', () => {
    expect(loadConfig([], {})).toMatchObject({ stateRoot: '/switchboard', legacyRules: false });
  });

  it('takes flags over environment variables', () => {
    const env = { SWITCHBOARD_STATE_ROOT: '/from-env', SWITCHBOARD_LEGACY_RULES: 'true' };
    expect(loadConfig([], env)).toMatchObject({ stateRoot: '/from-env', legacyRules: true });
    expect(loadConfig(['--state-root', '/ops/switchboard', '--legacy-rules'], {})).toMatchObject({ stateRoot: '/ops/switchboard', legacyRules: true });
  });

  it('refuses a state root that is not an absolute ZooKeeper path', () => {
    for (const bad of ['switchboard', '/', '/a//b', '/a/', '/a/../b']) expect(() => loadConfig(['--state-root', bad], {})).toThrow(/--state-root/);
  });
});
