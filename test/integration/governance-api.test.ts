// Governance writes end to end: the console on a mixed registry in a real ZooKeeper (and the embedded
// server), driven through HTTP. What lands in ZooKeeper is checked byte for byte against the planner,
// the mirror must confirm it, and every write leaves a history version and an audit entry.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { AuditList } from '../../server/contract/audit.ts';
import type { GovernanceResult } from '../../server/contract/governance.ts';
import type { RuleDetail, RuleHistoryEntry } from '../../server/contract/rules.ts';
import { encodeJavaUrl } from '../../server/dubbo/java-url-codec.ts';
import { validateOperation } from '../../server/governance/governance-operation.ts';
import { planRuleChange } from '../../server/governance/plan-rule-change.ts';
import { registryBackends } from '../support/registry-backends.ts';
import { waitFor } from '../support/wait-for.ts';
import * as fx from '../fixtures/registry/mixed-registry.ts';
import { percentile } from '../support/percentiles.ts';
import { enc, readNode, weightsIn } from './governance-support.ts';
import { DEMO_NODE, DEMO_PATH, ORDER_NODE, type ErrorBody, useGovernanceApi } from './governance-api-harness.ts';

type History = { node: string; items: RuleHistoryEntry[] };

describe.each(registryBackends.filter((b) => b.available()))('governance API over $name', (backend) => {
  const { seeded, put, get, post, weightPath, enabledPath, detail, text, setDemoWeight, forceDisableAndEnableOrder } = useGovernanceApi(backend);

  it('refuses bad input with stable codes and unknown targets with 404', async () => {
    expect(await put<ErrorBody>(weightPath(fx.DEMO, '10.0.0.4:20880'), { weight: 20_000 })).toMatchObject({ status: 400, body: { error: { code: 'VALIDATION_FAILED' } } });
    expect(await put<ErrorBody>(weightPath(fx.DEMO, '10.0.0.4:20880'), { weight: 5, colour: 'red' })).toMatchObject({ status: 400, body: { error: { code: 'VALIDATION_FAILED' } } });
    expect(await put<ErrorBody>(weightPath(fx.DEMO, 'not-an-address'), { weight: 5 })).toMatchObject({ status: 400, body: { error: { code: 'BAD_ADDRESS' } } });
    const noWeight = await post<ErrorBody>('/api/governance/operations', { action: 'set-weight', scope: 'service', serviceKey: fx.DEMO, addresses: ['10.0.0.4:20880'] });
    expect(noWeight).toMatchObject({ status: 400, body: { error: { code: 'WEIGHT_OUT_OF_RANGE' } } });
    expect(await put<ErrorBody>(weightPath(fx.DEMO, '10.9.9.9:20880'), { weight: 5 })).toMatchObject({ status: 404, body: { error: { code: 'UNKNOWN_INSTANCE' } } });
    expect(await put<ErrorBody>(weightPath('com.nope.Service', '10.9.9.9:20880'), { weight: 5 })).toMatchObject({ status: 404, body: { error: { code: 'UNKNOWN_SERVICE' } } });
  });

  it('a dry run previews and writes nothing', async () => {
    const res = await put<GovernanceResult>(weightPath(fx.DEMO, '10.0.0.4:20880'), { weight: 50, dryRun: true });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'preview', version: 0, before: fx.demoWeightRule, auditId: null, historyVersion: null });
    expect(res.body.after).toContain('10.0.0.4:20880');
    expect(await readNode(seeded.registrar.client, DEMO_PATH)).toEqual({ text: fx.demoWeightRule, version: 0 });
    expect((await get<AuditList>('/api/audit')).body.items).toEqual([]);
  });

  it('sets a weight: the planned YAML lands in ZooKeeper, the mirror confirms, history and audit record it', async () => {
    const expected = planRuleChange({
      snapshot: seeded.app.mirror.snapshot,
      current: { text: fx.demoWeightRule, version: 0 },
      operation: validateOperation({ action: 'set-weight', weight: 50, scope: 'service', serviceKey: fx.DEMO, addresses: ['10.0.0.4:20880'] }),
    });
    if (expected.kind !== 'write') throw new Error('the planner should write');
    const res = await put<GovernanceResult>(weightPath(fx.DEMO, '10.0.0.4:20880'), { weight: 50, reason: 'drain slowly' });
    expect(res.body).toMatchObject({ status: 'applied', version: 1, before: fx.demoWeightRule, after: expected.nextText, historyVersion: 1 });
    const stored = await readNode(seeded.registrar.client, DEMO_PATH);
    expect(stored).toEqual({ text: expected.nextText, version: 1 });
    expect(stored?.text.startsWith('# raised by hand during the 2.7 migration\n')).toBe(true);
    const yaml = parse(stored?.text ?? '') as { key: string; scope: string; configs: unknown[] };
    expect(yaml).toMatchObject({ key: fx.DEMO, scope: 'service' });
    expect([...weightsIn(stored?.text ?? '')]).toEqual([['10.0.0.3:20880', 300], ['10.0.0.4:20880', 50]]);

    const confirmed = await waitFor(async () => {
      const d = await detail(fx.DEMO);
      return d.providers.find((p) => p.address === '10.0.0.4:20880')?.weight === 50 ? d : undefined;
    });
    const byAddress = new Map(confirmed.providers.map((p) => [p.address, p]));
    expect(byAddress.get('10.0.0.3:20880')?.share).toBeCloseTo(300 / 350);
    expect(byAddress.get('10.0.0.4:20880')?.share).toBeCloseTo(50 / 350);

    const history = (await get<History>(`/api/rules/${enc(DEMO_NODE)}/history`)).body.items;
    expect(history.map((h) => [h.version, h.action, h.actor, h.zkVersion])).toEqual([
      [1, 'set-weight', 'local-operator', 1],
      [0, 'baseline', 'external', 0],
    ]);
    expect(history[0]).toMatchObject({ reason: 'drain slowly', text: expected.nextText });
    expect(history[1]?.text).toBe(fx.demoWeightRule);
    const audit = (await get<AuditList>('/api/audit')).body.items;
    expect(audit[0]).toMatchObject({
      id: res.body.auditId,
      actor: 'local-operator',
      action: 'set-weight',
      reason: 'drain slowly',
      target: { node: DEMO_NODE, scope: 'service', serviceKey: fx.DEMO, addresses: ['10.0.0.4:20880'] },
      before: fx.demoWeightRule,
      after: expected.nextText,
      ruleVersion: 1,
    });
    const rule = (await waitFor(async () => {
      const r = await get<RuleDetail>(`/api/rules/${enc(DEMO_NODE)}`);
      return r.body.rule?.version === 1 ? r : undefined;
    })).body;
    expect(rule).toMatchObject({ text: expected.nextText, rule: { managed: true, valid: true, kind: 'configurators' } });
  });

  it('a stale expectedVersion gets 409 CONFLICT with the current version', async () => {
    await setDemoWeight(50);
    const res = await put<ErrorBody>(weightPath(fx.DEMO, '10.0.0.4:20880'), { weight: 60, expectedVersion: 0 });
    expect(res).toMatchObject({ status: 409, body: { error: { code: 'CONFLICT', details: { currentVersion: 1 } } } });
    expect((await readNode(seeded.registrar.client, DEMO_PATH))?.version).toBe(1);
  });

  it('disable then enable restores the text as it was', async () => {
    const original = await text(DEMO_PATH);
    const off = await put<GovernanceResult>(enabledPath(fx.DEMO, '10.0.0.3:20880'), { enabled: false, expectedVersion: 0 });
    expect(off.body).toMatchObject({ status: 'applied', version: 1 });
    await waitFor(async () => (await detail(fx.DEMO)).providers.find((p) => p.address === '10.0.0.3:20880')?.enabled === false);
    const on = await put<GovernanceResult>(enabledPath(fx.DEMO, '10.0.0.3:20880'), { enabled: true });
    expect(on.body).toMatchObject({ status: 'applied', version: 2 });
    expect(await text(DEMO_PATH)).toBe(original);
    await waitFor(async () => (await detail(fx.DEMO)).providers.find((p) => p.address === '10.0.0.3:20880')?.enabled === true);
  });

  it('refuses to disable the last enabled provider unless forced', async () => {
    const before = await readNode(seeded.registrar.client, `/dubbo/config/dubbo/${ORDER_NODE}`);
    const refused = await put<ErrorBody>(enabledPath(fx.ORDER, '10.0.1.1:50051'), { enabled: false });
    expect(refused).toMatchObject({ status: 409, body: { error: { code: 'LAST_PROVIDER' } } });
    expect(await readNode(seeded.registrar.client, `/dubbo/config/dubbo/${ORDER_NODE}`)).toEqual(before);
    await forceDisableAndEnableOrder();
    expect(await text(`/dubbo/config/dubbo/${ORDER_NODE}`)).toBe(before?.text);
  });

  it('refuses to edit a rule file Dubbo cannot read unless told to replace it', async () => {
    const stock = 'org.shop.StockService';
    const node = `${stock}::.configurators`;
    for (const n of [1, 2]) {
      await seeded.registrar.registerProvider(
        `tri://10.0.3.${n}:50051/${stock}?application=stock-app&deprecated=false&dubbo=2.0.2&dynamic=true&interface=${stock}` +
          `&methods=reserve&release=3.3.1&side=provider&timestamp=1729000000000`,
      );
    }
    await seeded.registrar.writeRule(node, fx.brokenRule);
    await waitFor(async () => (await detail(stock)).providers.length === 2 && seeded.app.mirror.snapshot.rules.get(node)?.text === fx.brokenRule);
    const refused = await put<ErrorBody>(weightPath(stock, '10.0.3.1:50051'), { weight: 40 });
    expect(refused).toMatchObject({ status: 409, body: { error: { code: 'INVALID_RULE_FILE' } } });
    expect(await text(`/dubbo/config/dubbo/${node}`)).toBe(fx.brokenRule);
    const replaced = await put<GovernanceResult>(weightPath(stock, '10.0.3.1:50051'), { weight: 40, replaceInvalid: true });
    expect(replaced.body.status).toBe('applied');
    expect(replaced.body.warnings.map((w) => w.code)).toContain('RULE_FILE_REPLACED');
    expect(weightsIn((await text(`/dubbo/config/dubbo/${node}`)) ?? '').get('10.0.3.1:50051')).toBe(40);
  });

  it('legacy mode writes the exact 2.6 override node and enable removes it', async () => {
    const node = encodeJavaUrl(`override://10.0.0.4:20880/${fx.DEMO}?category=configurators&disabled=true&dynamic=false&enabled=true`);
    const path = `/dubbo/${fx.DEMO}/configurators/${node}`;
    const off = await put<GovernanceResult>(enabledPath(fx.DEMO, '10.0.0.4:20880'), { enabled: false, legacy: true });
    expect(off.body.legacy.created).toEqual([path]);
    expect(await readNode(seeded.registrar.client, path)).toBeDefined();
    expect((await get<AuditList>('/api/audit?limit=1')).body.items[0]?.legacy.created).toEqual([path]);
    await waitFor(() => seeded.app.mirror.snapshot.interfaces.get(fx.DEMO)?.configurators.has(node));
    const on = await put<GovernanceResult>(enabledPath(fx.DEMO, '10.0.0.4:20880'), { enabled: true, legacy: true });
    expect(on.body.legacy.removed).toEqual([path]);
    expect(await readNode(seeded.registrar.client, path)).toBeUndefined();
    expect(await text(DEMO_PATH)).toBe(fx.demoWeightRule);
  });

  it('keeps the newest 50 history versions; 50 sequential writes (latency measured)', async () => {
    const ms: number[] = [];
    for (let i = 0; i < 50; i++) {
      const started = performance.now();
      const res = await put<GovernanceResult>(weightPath(fx.ORDER, '10.0.1.1:50051'), { weight: 200 + (i % 2) });
      ms.push(performance.now() - started);
      expect(res.body.status).toBe('applied');
    }
    const history = (await get<History>(`/api/rules/${enc(ORDER_NODE)}/history`)).body.items;
    expect(history.length).toBe(50);
    expect(history[0]?.action).toBe('set-weight');
    process.stdout.write(`[governance] ${backend.name}: 50 sequential writes p50 ${percentile(ms, 50).toFixed(1)} ms, p95 ${percentile(ms, 95).toFixed(1)} ms\n`);
  });
});
