// Rollback, the audit trail and the rules list end to end: the console on a mixed registry in a real
// ZooKeeper (and the embedded server), driven through HTTP. A rollback restores the rule file byte for
// byte, undoes legacy overrides, asks before deleting or disabling the last provider, and is audited.
import { describe, expect, it } from 'vitest';
import type { AuditList } from '../../server/contract/audit.ts';
import type { GovernanceResult } from '../../server/contract/governance.ts';
import { rollbackResultSchema, type RuleHistoryEntry } from '../../server/contract/rules.ts';
import { encodeJavaUrl } from '../../server/dubbo/java-url-codec.ts';
import { registryBackends } from '../support/registry-backends.ts';
import { waitFor } from '../support/wait-for.ts';
import * as fx from '../fixtures/registry/mixed-registry.ts';
import { enc, readNode, weightsIn } from './governance-support.ts';
import { DEMO_NODE, DEMO_PATH, ORDER_NODE, APP_NODE, type ErrorBody, useGovernanceApi } from './governance-api-harness.ts';

type History = { node: string; items: RuleHistoryEntry[] };

describe.each(registryBackends.filter((b) => b.available()))('governance rollback, audit and rules API over $name', (backend) => {
  const { seeded, put, get, post, enabledPath, detail, text, setDemoWeight, forceDisableAndEnableOrder } = useGovernanceApi(backend);

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
});
