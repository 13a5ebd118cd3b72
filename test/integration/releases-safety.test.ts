// Gray-release safety against a real ZooKeeper (and the embedded server), through HTTP and the entry points
// the leader loop calls: one active release per service (RELEASE_ACTIVE); a canary that dies mid-release is
// found by releaseFindings and paused by pauseRelease (once, with two callers), after which promote is refused
// (NO_CANARY_UP); rollback gives back the start snapshot byte for byte, keeping foreign edits made elsewhere
// in the file straight in ZooKeeper, and refuses foreign edits of the release's own lines.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Release } from '../../server/contract/releases.ts';
import type { ServiceDetail } from '../../server/contract/services.ts';
import { stateLayout } from '../../server/governance/state-layout.ts';
import { pauseRelease } from '../../server/releases/pause-release.ts';
import type { ReleaseDeps } from '../../server/releases/release-deps.ts';
import { currentRuleTexts, releaseFindings } from '../../server/releases/release-findings.ts';
import { ReleaseStore } from '../../server/releases/release-store.ts';
import type { RunningSwitchboard } from '../../server/switchboard.ts';
import { DubboRegistrar } from '../support/dubbo-registrar.ts';
import { registryBackends, useRegistry } from '../support/registry-backends.ts';
import { startTestConsole } from '../support/test-console.ts';
import { uniqueChroot } from '../support/use-zookeeper.ts';
import { waitFor } from '../support/wait-for.ts';
import { call, enc, readNode } from './governance-support.ts';

type ErrorBody = { error: { code: string; details?: Record<string, unknown> } };

const APP = 'cart';
const CART = 'com.shop.CartService';
const STOCK = 'com.shop.StockService';
const CART_NODE = `${CART}::.configurators`;
const CART_PATH = `/dubbo/config/dubbo/${CART_NODE}`;
const STOCK_PATH = `/dubbo/config/dubbo/${STOCK}::.configurators`;
const CANARY = '10.0.0.1:20880';

/** The file as operators left it before any release: comments, odd spacing, a foreign item, quoting. */
const START = [
  '# CartService overrides — owned by the ops team',
  'configVersion: v3.0',
  'scope: service',
  'key: com.shop.CartService',
  'enabled: true   # keep on',
  'configs:',
  '  # slow disk on this host',
  '  - addresses: ["10.0.9.9:20880"]',
  '    side: provider',
  "    parameters: { timeout: '3000' }",
  '',
].join('\n');

const providerUrl = (host: string, iface: string) =>
  `dubbo://${host}:20880/${iface}?application=${APP}&deprecated=false&dubbo=2.0.2&dynamic=true&generic=false&interface=${iface}&methods=get&release=3.3.1&side=provider`;
const consumerUrl = (iface: string) =>
  `consumer://10.9.0.1/${iface}?application=web&category=consumers&check=false&dubbo=2.0.2&interface=${iface}&methods=get&release=3.3.1&side=consumer`;

describe.each(registryBackends.filter((b) => b.available()))('release safety over $name', (backend) => {
  const registry = useRegistry(backend);
  let registrar: DubboRegistrar;
  let app: RunningSwitchboard;
  let deps: ReleaseDeps;
  const get = <T>(path: string) => call<T>(app.url, 'GET', path);
  const post = <T>(path: string, body: unknown = {}) => call<T>(app.url, 'POST', path, body);
  const weighted = { application: APP, service: CART, mode: 'weighted', canary: { addresses: [CANARY] }, steps: [10, 50] };
  const providersOf = async (iface: string) => (await get<ServiceDetail>(`/api/services/${enc(iface)}`)).body.providers?.length ?? 0;
  const textOf = async (path: string) => (await readNode(registrar.client, path))?.text;

  beforeEach(async () => {
    const chroot = await uniqueChroot(registry.current);
    const connect = `${registry.current.connectString}${chroot}`;
    registrar = await DubboRegistrar.connect(connect);
    for (const host of ['10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.4']) await registrar.registerProvider(providerUrl(host, CART));
    for (const host of ['10.0.2.1', '10.0.2.2', '10.0.2.3']) await registrar.registerProvider(providerUrl(host, STOCK));
    await registrar.registerConsumer(consumerUrl(CART));
    await registrar.registerConsumer(consumerUrl(STOCK));
    await registrar.writeRule(CART_NODE, START);
    app = await startTestConsole(`zookeeper://${connect}`, { coalesceMs: 10, releaseLeadership: false });
    deps = { governance: app.governance, store: new ReleaseStore(app.registryClient, stateLayout('/switchboard')) };
  });

  afterEach(async () => {
    await app?.stop();
    await registrar?.close();
  });

  it('refuses a second active release on an overlapping target with RELEASE_ACTIVE; drafts wait', async () => {
    const first = await post<Release>('/api/releases', { ...weighted, start: true });
    expect(first.status).toBe(201);
    const id = first.body.id;
    const again = await post<ErrorBody>('/api/releases', { ...weighted, steps: [20], start: true });
    expect(again).toMatchObject({ status: 409, body: { error: { code: 'RELEASE_ACTIVE', details: { id, state: 'running' } } } });
    const appWide = await post<ErrorBody>('/api/releases', { ...weighted, service: undefined, start: true });
    expect(appWide).toMatchObject({ status: 409, body: { error: { code: 'RELEASE_ACTIVE', details: { id } } } });

    const draft = await post<Release>('/api/releases', { ...weighted, steps: [20] });
    expect(draft).toMatchObject({ status: 201, body: { state: { kind: 'draft' } } });
    await post(`/api/releases/${id}/pause`);
    expect(await post<ErrorBody>(`/api/releases/${draft.body.id}/start`)).toMatchObject({ status: 409, body: { error: { code: 'RELEASE_ACTIVE', details: { id, state: 'paused' } } } });

    expect((await post<Release>(`/api/releases/${id}/rollback`)).body.state.kind).toBe('rolled-back');
    expect(await textOf(CART_PATH)).toBe(START);
    const started = await post<Release>(`/api/releases/${draft.body.id}/start`);
    expect(started.body.state).toMatchObject({ kind: 'running', step: 0 });
    expect((await post<Release>(`/api/releases/${draft.body.id}/rollback`)).body.state.kind).toBe('rolled-back');
  });

  it('rolls back byte for byte to the start snapshot when nobody else edited the file', async () => {
    const { body } = await post<Release>('/api/releases', { ...weighted, start: true });
    await post(`/api/releases/${body.id}/advance`);
    expect(await textOf(CART_PATH)).not.toBe(START);
    expect((await post<Release>(`/api/releases/${body.id}/rollback`)).body.state.kind).toBe('rolled-back');
    expect(await textOf(CART_PATH)).toBe(START);
  });

  it('pauses on a foreign edit once, and rolls back to the start snapshot plus that edit, byte for byte', async () => {
    const { body } = await post<Release>('/api/releases', { ...weighted, start: true });
    const written = (await textOf(CART_PATH)) ?? '';
    const edited = written.replace('# slow disk on this host', '# slow disk on this host (ticket OPS-12)').replace("timeout: '3000'", "timeout: '5000'");
    expect(edited).not.toBe(written);
    await registrar.writeRule(CART_NODE, edited);

    const seen = await waitFor(async () => {
      const release = (await get<Release>(`/api/releases/${body.id}`)).body;
      const snapshot = app.governance.registry.snapshot;
      const findings = releaseFindings(release, snapshot, currentRuleTexts(snapshot, release));
      return findings.length > 0 ? findings : undefined;
    }, { message: 'the mirror shows the manual edit' });
    expect(seen).toEqual([{ cause: 'conflict', reason: `${CART_NODE} was edited outside the release` }]);
    const pauses = await Promise.all([1, 2].map(() => pauseRelease(deps, body.id, { cause: 'conflict', reason: seen[0]?.reason ?? '', actor: { user: 'leader', via: 'automation' } })));
    expect(pauses.map((p) => p.kind).sort()).toEqual(['paused', 'skipped']);
    const paused = (await get<Release>(`/api/releases/${body.id}`)).body;
    expect(paused.state).toMatchObject({ kind: 'paused', step: 0 });
    expect(paused.timeline.filter((t) => t.to.state === 'paused')).toEqual([
      expect.objectContaining({ kind: 'conflict', actor: 'leader', reason: `${CART_NODE} was edited outside the release` }),
    ]);

    expect((await post<Release>(`/api/releases/${body.id}/rollback`)).body.state.kind).toBe('rolled-back');
    expect(await textOf(CART_PATH)).toBe(START.replace('# slow disk on this host', '# slow disk on this host (ticket OPS-12)').replace("timeout: '3000'", "timeout: '5000'"));
    await registrar.writeRule(CART_NODE, START);
  });

  it('keeps foreign edits it resumed after or stepped over when it finally rolls back', async () => {
    const { body } = await post<Release>('/api/releases', { ...weighted, steps: [10, 30, 50], start: true });
    const header = (text: string) => text.replace('enabled: true   # keep on', 'enabled: true   # keep on (checked)');
    await registrar.writeRule(CART_NODE, header((await textOf(CART_PATH)) ?? ''));
    expect((await pauseRelease(deps, body.id, { cause: 'conflict', reason: 'manual edit', actor: { user: 'leader', via: 'automation' } })).kind).toBe('paused');
    const resumed = await post<Release>(`/api/releases/${body.id}/resume`, { reason: 'the edit is fine' });
    expect(resumed.body.touchedRules[0]).toMatchObject({ lastWritten: await textOf(CART_PATH), restoreTo: header(START) });
    await waitFor(() => releaseFindings(resumed.body, app.governance.registry.snapshot, currentRuleTexts(app.governance.registry.snapshot, resumed.body)).length === 0, {
      message: 'no conflict once the edit is accepted',
    });

    const comment = (text: string) => text.replace('# slow disk on this host', '# slow disk on this host (ticket OPS-13)');
    await registrar.writeRule(CART_NODE, comment((await textOf(CART_PATH)) ?? ''));
    expect((await post<Release>(`/api/releases/${body.id}/advance`)).body.state).toMatchObject({ kind: 'running', step: 1 });
    expect(await textOf(CART_PATH)).toContain('(ticket OPS-13)');
    expect((await post<Release>(`/api/releases/${body.id}/rollback`)).body.state.kind).toBe('rolled-back');
    expect(await textOf(CART_PATH)).toBe(comment(header(START)));
    await registrar.writeRule(CART_NODE, START);
  });

  it('refuses to roll back over a foreign edit of the lines the release wrote, and rolls back once it is undone', async () => {
    const { body } = await post<Release>('/api/releases', { ...weighted, start: true });
    const written = (await textOf(CART_PATH)) ?? '';
    const canaryWeight = body.steps[0]?.split?.canaryWeight ?? 0;
    const overlapping = written.replace(`{weight: ${canaryWeight}}`, '{weight: 4242}');
    expect(overlapping).not.toBe(written);
    await registrar.writeRule(CART_NODE, overlapping);
    const refused = await post<ErrorBody>(`/api/releases/${body.id}/rollback`);
    expect(refused).toMatchObject({ status: 409, body: { error: { code: 'RULE_CHANGED_SINCE', details: { node: CART_NODE, overlaps: [expect.objectContaining({ base: expect.any(Object) })] } } } });
    expect((await get<Release>(`/api/releases/${body.id}`)).body.state.kind).toBe('running');
    await registrar.writeRule(CART_NODE, written);
    expect((await post<Release>(`/api/releases/${body.id}/rollback`)).body.state.kind).toBe('rolled-back');
    expect(await textOf(CART_PATH)).toBe(START);
  });

  it('pauses a release whose canary died, refuses promote with NO_CANARY_UP, and still rolls it back', async () => {
    await waitFor(async () => (await providersOf(STOCK)) === 3, { message: 'the mirror sees StockService' });
    const created = await post<Release>('/api/releases', { ...weighted, service: STOCK, canary: { addresses: ['10.0.2.1:20880'] }, start: true });
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect(await textOf(STOCK_PATH)).toBeDefined();
    const snapshot = () => app.governance.registry.snapshot;
    const healthy = (await get<Release>(`/api/releases/${id}`)).body;
    // The mirror shows the release's own write a moment later; until then it reads as a conflict.
    await waitFor(() => releaseFindings(healthy, snapshot(), currentRuleTexts(snapshot(), healthy)).length === 0, { message: 'no findings once the mirror shows the write' });

    await registrar.unregister(providerUrl('10.0.2.1', STOCK));
    await waitFor(async () => (await providersOf(STOCK)) === 2, { message: 'the mirror sees the canary gone' });
    const findings = releaseFindings(healthy, snapshot(), currentRuleTexts(snapshot(), healthy));
    expect(findings).toEqual([{ cause: 'canary-gone', reason: expect.stringContaining('10.0.2.1:20880') }]);
    const paused = await pauseRelease(deps, id, { cause: 'canary-gone', reason: findings[0]?.reason ?? '', actor: { user: 'leader', via: 'automation' } });
    expect(paused.kind).toBe('paused');
    expect(await pauseRelease(deps, id, { cause: 'canary-gone', reason: 'again', actor: { user: 'leader', via: 'automation' } })).toMatchObject({ kind: 'skipped', why: 'not-running' });

    const shown = (await get<Release>(`/api/releases/${id}`)).body;
    expect(shown.state).toMatchObject({ kind: 'paused', step: 0 });
    expect(shown.timeline.at(-1)).toMatchObject({ from: { state: 'running', step: 0 }, to: { state: 'paused', step: 0 }, kind: 'canary-gone', reason: findings[0]?.reason });
    expect(await post<ErrorBody>(`/api/releases/${id}/promote`)).toMatchObject({ status: 409, body: { error: { code: 'NO_CANARY_UP', details: { id } } } });
    expect(await post<ErrorBody>(`/api/releases/${id}/resume`)).toMatchObject({ status: 409, body: { error: { code: 'NO_CANARY_UP' } } });
    expect((await get<Release>(`/api/releases/${id}`)).body.state.kind).toBe('paused');

    expect((await post<Release>(`/api/releases/${id}/rollback`)).body.state.kind).toBe('rolled-back');
    expect(await readNode(registrar.client, STOCK_PATH)).toBeUndefined();
  });
});
