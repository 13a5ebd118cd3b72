// Governance writes end to end: the console on a mixed registry in a real ZooKeeper (and the embedded
// server), driven through HTTP. What lands in ZooKeeper is checked byte for byte against the planner,
// the mirror must confirm it, and every write leaves a history version and an audit entry.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { AuditList } from '../../server/contract/audit.ts';
import type { GovernanceResult } from '../../server/contract/governance.ts';
import { rollbackResultSchema, type RuleDetail, type RuleHistoryEntry } from '../../server/contract/rules.ts';
import type { ServiceDetail } from '../../server/contract/services.ts';
import { encodeJavaUrl } from '../../server/dubbo/java-url-codec.ts';
import { validateOperation } from '../../server/governance/governance-operation.ts';
import { planRuleChange } from '../../server/governance/plan-rule-change.ts';
import { registryBackends, useRegistry } from '../support/registry-backends.ts';
import { useSeededSwitchboard } from '../support/seeded-switchboard.ts';
import { waitFor } from '../support/wait-for.ts';
import * as fx from '../fixtures/registry/mixed-registry.ts';
import { percentile } from '../support/percentiles.ts';
import { call, enc, readNode, weightsIn } from './governance-support.ts';

type ErrorBody = { error: { code: string; details?: Record<string, unknown> } };
type History = { node: string; items: RuleHistoryEntry[] };

const DEMO_NODE = `${fx.DEMO}::.configurators`;
const DEMO_PATH = `/dubbo/config/dubbo/${DEMO_NODE}`;
const ORDER_NODE = `${fx.ORDER}::.configurators`;
const APP_NODE = 'demo-provider-27.configurators';

describe.each(registryBackends.filter((b) => b.available()))('governance API over $name', (backend) => {
  const registry = useRegistry(backend);
  const seeded = useSeededSwitchboard(() => registry.current.connectString, { console: { coalesceMs: 10 } });
  const put = <T>(path: string, body: unknown) => call<T>(seeded.app.url, 'PUT', path, body);
  const get = <T>(path: string) => call<T>(seeded.app.url, 'GET', path);
  const post = <T>(path: string, body: unknown) => call<T>(seeded.app.url, 'POST', path, body);
  const weightPath = (key: string, address: string) => `/api/services/${enc(key)}/instances/${address}/weight`;
  const enabledPath = (key: string, address: string) => `/api/services/${enc(key)}/instances/${address}/enabled`;
  const detail = async (key: string) => (await get<ServiceDetail>(`/api/services/${enc(key)}`)).body;
  const text = async (path: string) => (await readNode(seeded.registrar.client, path))?.text;
  /** A console write every test that needs one makes itself: DEMO's 10.0.0.4 to `weight`. */
  const setDemoWeight = async (weight: number) =>
    expect((await put<GovernanceResult>(weightPath(fx.DEMO, '10.0.0.4:20880'), { weight })).body.status).toBe('applied');
  /** ORDER's only enabled provider disabled (forced), then enabled again: two writes, two audit entries. */
  const forceDisableAndEnableOrder = async () => {
    const forced = await put<GovernanceResult>(enabledPath(fx.ORDER, '10.0.1.1:50051'), { enabled: false, force: true });
    expect(forced.body.status).toBe('applied');
    expect(forced.body.warnings.map((w) => w.code)).toContain('LAST_PROVIDER_FORCED');
    await waitFor(async () => (await detail(fx.ORDER)).providers.every((p) => !p.enabled), { message: 'ORDER all disabled' });
    expect((await put<GovernanceResult>(enabledPath(fx.ORDER, '10.0.1.1:50051'), { enabled: true })).body.status).toBe('applied');
  };

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

  it('rollback to the state before the first write restores the foreign original byte for byte', async () => {
    await setDemoWeight(50);
    for (const enabled of [false, true]) {
      expect((await put<GovernanceResult>(enabledPath(fx.DEMO, '10.0.0.3:20880'), { enabled })).body.status).toBe('applied');
    }
    const history = (await get<History>(`/api/rules/${enc(DEMO_NODE)}/history`)).body.items;
    expect(history.map((h) => h.version)).toEqual([3, 2, 1, 0]);
    const preview = await post<GovernanceResult>(`/api/rules/${enc(DEMO_NODE)}/rollback`, { version: 0, dryRun: true });
    expect(preview.body).toMatchObject({ status: 'preview', after: fx.demoWeightRule, version: 3 });
    const res = await post<GovernanceResult>(`/api/rules/${enc(DEMO_NODE)}/rollback`, { version: 0, reason: 'undo', expectedVersion: 3 });
    expect(res.body).toMatchObject({ status: 'applied', version: 4, after: fx.demoWeightRule, historyVersion: 4 });
    expect(Object.keys(res.body).sort()).toEqual(Object.keys(rollbackResultSchema.shape).sort());
    expect(rollbackResultSchema.safeParse(res.body).success).toBe(true);
    expect(await readNode(seeded.registrar.client, DEMO_PATH)).toEqual({ text: fx.demoWeightRule, version: 4 });
    const audit = (await get<AuditList>('/api/audit?action=rollback')).body.items;
    expect(audit[0]).toMatchObject({ action: 'rollback', restoredVersion: 0, reason: 'undo', after: fx.demoWeightRule, target: { node: DEMO_NODE } });
    await waitFor(async () => (await detail(fx.DEMO)).providers.find((p) => p.address === '10.0.0.4:20880')?.weight === 100);
    expect((await post<ErrorBody>(`/api/rules/${enc(DEMO_NODE)}/rollback`, { version: 99 })).status).toBe(404);
  });

  it('rollback to "did not exist" needs confirmDelete, then deletes the node (application scope)', async () => {
    const path = `/dubbo/config/dubbo/${APP_NODE}`;
    const created = await put<GovernanceResult>('/api/applications/demo-provider-27/instances/10.0.0.3:20880/weight', { weight: 70 });
    expect(created.body).toMatchObject({ status: 'applied', version: 0, before: null, rule: { node: APP_NODE, scope: 'application' } });
    expect(weightsIn((await text(path)) ?? '').get('10.0.0.3:20880')).toBe(70);
    const history = (await get<History>(`/api/rules/${enc(APP_NODE)}/history`)).body.items;
    expect(history.map((h) => [h.version, h.text === null])).toEqual([[1, false], [0, true]]);
    const refused = await post<ErrorBody>(`/api/rules/${enc(APP_NODE)}/rollback`, { version: 0 });
    expect(refused).toMatchObject({ status: 409, body: { error: { code: 'CONFIRM_DELETE_REQUIRED' } } });
    expect(await readNode(seeded.registrar.client, path)).toBeDefined();
    const deleted = await post<GovernanceResult>(`/api/rules/${enc(APP_NODE)}/rollback`, { version: 0, confirmDelete: true });
    expect(deleted.body).toMatchObject({ status: 'applied', version: null, after: null });
    expect(await readNode(seeded.registrar.client, path)).toBeUndefined();
    expect((await get<History>(`/api/rules/${enc(APP_NODE)}/history`)).body.items[0]).toMatchObject({ action: 'rollback', text: null, zkVersion: null });
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

  it('rollback to the baseline also undoes a legacy-mode disable: the 2.6 override goes, the instance serves again', async () => {
    const node = encodeJavaUrl(`override://10.0.0.4:20880/${fx.DEMO}?category=configurators&disabled=true&dynamic=false&enabled=true`);
    const path = `/dubbo/${fx.DEMO}/configurators/${node}`;
    const enabled = async () => (await detail(fx.DEMO)).providers.find((p) => p.address === '10.0.0.4:20880')?.enabled;
    const off = await put<GovernanceResult>(enabledPath(fx.DEMO, '10.0.0.4:20880'), { enabled: false, legacy: true });
    expect(off.body).toMatchObject({ status: 'applied', legacy: { created: [path], removed: [] } });
    expect(await readNode(seeded.registrar.client, path)).toBeDefined();
    await waitFor(async () => (await enabled()) === false);
    const history = (await get<History>(`/api/rules/${enc(DEMO_NODE)}/history`)).body.items;
    expect(history[0]).toMatchObject({ version: off.body.historyVersion, action: 'disable', legacy: { created: [path], removed: [] } });
    const baseline = history.find((h) => h.action === 'baseline');
    expect(baseline).toMatchObject({ version: 0, text: fx.demoWeightRule, legacy: { created: [], removed: [] } });

    const url = `/api/rules/${enc(DEMO_NODE)}/rollback`;
    const preview = await post<GovernanceResult>(url, { version: 0, dryRun: true });
    expect(preview.body).toMatchObject({ status: 'preview', after: fx.demoWeightRule, legacy: { created: [], removed: [path] } });
    expect(preview.body.diff).toContain(`- ${path}`);
    const target = preview.body.preview.find((s) => s.serviceKey === fx.DEMO)?.providers.find((p) => p.address === '10.0.0.4:20880');
    expect(target).toMatchObject({ before: { enabled: false }, after: { enabled: true } });
    expect(await readNode(seeded.registrar.client, path)).toBeDefined();

    const res = await post<GovernanceResult>(url, { version: 0, reason: 'undo legacy disable' });
    expect(res.body).toMatchObject({ status: 'applied', after: fx.demoWeightRule, legacy: { created: [], removed: [path] } });
    expect(await readNode(seeded.registrar.client, path)).toBeUndefined();
    expect(await text(DEMO_PATH)).toBe(fx.demoWeightRule);
    expect((await get<History>(`/api/rules/${enc(DEMO_NODE)}/history`)).body.items[0]).toMatchObject({
      version: res.body.historyVersion,
      action: 'rollback',
      legacy: { created: [], removed: [path] },
    });
    expect((await get<AuditList>('/api/audit?action=rollback&limit=1')).body.items[0]?.legacy).toEqual({ created: [], removed: [path] });
    await waitFor(async () => (await enabled()) === true);
    // Someone removed the node meanwhile: rolling back to the disable re-creates it, and back to the baseline
    // again reads the children first, so the multi does not trip over a node that is already gone.
    const again = await post<GovernanceResult>(url, { version: off.body.historyVersion });
    expect(again.body).toMatchObject({ status: 'applied', legacy: { created: [path], removed: [] } });
    await seeded.registrar.client.remove(path);
    const last = await post<GovernanceResult>(url, { version: 0 });
    expect(last.body).toMatchObject({ status: 'applied', legacy: { created: [], removed: [] }, after: fx.demoWeightRule });
    expect(await readNode(seeded.registrar.client, path)).toBeUndefined();
    await waitFor(async () => (await enabled()) === true);
  });

  it('pages the audit trail newest first with before, and filters it', async () => {
    for (let i = 0; i < 8; i++) await setDemoWeight(10 + i);
    await forceDisableAndEnableOrder();
    const all = (await get<AuditList>('/api/audit?limit=500')).body.items;
    expect(all.length).toBeGreaterThanOrEqual(10);
    const first = (await get<AuditList>('/api/audit?limit=3')).body;
    expect(first.items.map((e) => e.id)).toEqual(all.slice(0, 3).map((e) => e.id));
    expect(first.nextBefore).toBe(all[2]?.id);
    const second = (await get<AuditList>(`/api/audit?limit=3&before=${first.nextBefore ?? ''}`)).body;
    expect(second.items.map((e) => e.id)).toEqual(all.slice(3, 6).map((e) => e.id));
    const ids = all.map((e) => e.id);
    expect([...ids].sort().reverse()).toEqual(ids);
    const byTarget = (await get<AuditList>(`/api/audit?target=${enc(fx.ORDER)}`)).body.items;
    expect(byTarget.map((e) => e.target.node)).toEqual([ORDER_NODE, ORDER_NODE]);
    expect((await get<AuditList>('/api/audit?actor=someone-else')).body).toEqual({ items: [], nextBefore: null });
  });

  it('lists rules with their managed flag', async () => {
    await setDemoWeight(50);
    const list = (await get<{ items: Array<{ node: string; managed: boolean; valid: boolean; kind: string }> }>('/api/rules?limit=1000')).body.items;
    const byNode = new Map(list.map((r) => [r.node, r]));
    expect(byNode.get(DEMO_NODE)).toMatchObject({ managed: true, valid: true });
    expect(byNode.get('com.foo.Broken::.configurators')).toMatchObject({ managed: false, valid: false });
    expect(list.some((r) => r.kind === 'legacy-override')).toBe(true);
    const filtered = (await get<{ total: number }>('/api/rules?q=broken&kind=configurators')).body;
    expect(filtered.total).toBe(1);
    const nodes = (query: string) => get<{ items: Array<{ node: string; kind: string }> }>(`/api/rules?limit=1000&${query}`);
    const byName = (await nodes('sort=name&order=desc')).body.items.map((r) => r.node);
    expect(byName).toEqual(list.map((r) => r.node).reverse());
    const byKind = (await nodes('sort=kind')).body.items.map((r) => r.kind);
    expect(byKind).toEqual([...byKind].sort());
    expect((await nodes('sort=size')).status).toBe(400);
  });

  it('refuses a rollback that would disable the last enabled provider unless forced', async () => {
    const path = `/dubbo/config/dubbo/${ORDER_NODE}`;
    const url = `/api/rules/${enc(ORDER_NODE)}/rollback`;
    await forceDisableAndEnableOrder();
    const history = (await get<History>(`/api/rules/${enc(ORDER_NODE)}/history`)).body.items;
    const disabled = history.find((h) => h.action === 'disable');
    const enabledAgain = history.find((h) => h.action === 'enable');
    if (!disabled || !enabledAgain) throw new Error('the ORDER history should hold the forced disable and the enable');
    const before = await readNode(seeded.registrar.client, path);
    for (const body of [{ version: disabled.version }, { version: disabled.version, dryRun: true }]) {
      expect(await post<ErrorBody>(url, body)).toMatchObject({ status: 409, body: { error: { code: 'LAST_PROVIDER', details: { serviceKey: fx.ORDER } } } });
    }
    expect(await readNode(seeded.registrar.client, path)).toEqual(before);
    const forced = await post<GovernanceResult>(url, { version: disabled.version, force: true });
    expect(forced.body).toMatchObject({ status: 'applied', after: disabled.text });
    expect(forced.body.warnings.map((w) => w.code)).toContain('LAST_PROVIDER_FORCED');
    await waitFor(async () => (await detail(fx.ORDER)).providers.every((p) => !p.enabled));
    const back = await post<GovernanceResult>(url, { version: enabledAgain.version });
    expect(back.body).toMatchObject({ status: 'applied', after: enabledAgain.text, warnings: [] });
    await waitFor(async () => (await detail(fx.ORDER)).providers.find((p) => p.address === '10.0.1.1:50051')?.enabled === true);
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
