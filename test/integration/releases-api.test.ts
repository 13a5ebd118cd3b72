// Gray releases end to end: the app on a registry in a real ZooKeeper (and the embedded server), driven
// through HTTP. Each move lands its rule in ZooKeeper together with the release document, a history version
// and an audit entry carrying the release id; the mirror confirms the split the release predicted.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { AuditList } from '../../server/contract/audit.ts';
import type { Release, ReleaseList } from '../../server/contract/releases.ts';
import type { ServiceDetail } from '../../server/contract/services.ts';
import type { RunningSwitchboard } from '../../server/switchboard.ts';
import { startTestConsole } from '../support/test-console.ts';
import { DubboRegistrar } from '../support/dubbo-registrar.ts';
import { registryBackends, useRegistry } from '../support/registry-backends.ts';
import { uniqueChroot } from '../support/use-zookeeper.ts';
import { waitFor } from '../support/wait-for.ts';
import { call, enc, readNode, weightsIn } from './governance-support.ts';

type ErrorBody = { error: { code: string } };

const CART = 'com.shop.CartService';
const APP = 'cart';
const HOSTS = ['10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.4'];
const CANARY = '10.0.0.1:20880';
const RULE_NODE = `${CART}::.configurators`;
const RULE_PATH = `/dubbo/config/dubbo/${RULE_NODE}`;
const TAG_PATH = `/dubbo/config/dubbo/${APP}.tag-router`;

function providerUrl(host: string): string {
  const env = host === '10.0.0.1' ? '&env=canary' : '';
  return (
    `dubbo://${host}:20880/${CART}?application=${APP}&deprecated=false&dubbo=2.0.2&dynamic=true${env}&generic=false` +
    `&interface=${CART}&methods=get&release=3.3.1&side=provider`
  );
}
const consumerUrl = `consumer://10.9.0.1/${CART}?application=web&category=consumers&check=false&dubbo=2.0.2&interface=${CART}&methods=get&release=3.3.1&side=consumer`;

describe.each(registryBackends.filter((b) => b.available()))('releases API over $name', (backend) => {
  const registry = useRegistry(backend);
  let registrar: DubboRegistrar;
  let app: RunningSwitchboard;
  const get = <T>(path: string) => call<T>(app.url, 'GET', path);
  const post = <T>(path: string, body: unknown = {}) => call<T>(app.url, 'POST', path, body);
  const canaryShare = async (): Promise<number> => {
    const detail = (await get<ServiceDetail>(`/api/services/${enc(CART)}`)).body;
    return detail.providers.filter((p) => p.address === CANARY).reduce((sum, p) => sum + p.share, 0);
  };
  const weighted = { application: APP, service: CART, mode: 'weighted', canary: { addresses: [CANARY] }, steps: [10, 50], holdSeconds: 60 };

  beforeEach(async () => {
    const chroot = await uniqueChroot(registry.current);
    const connect = `${registry.current.connectString}${chroot}`;
    registrar = await DubboRegistrar.connect(connect);
    for (const host of HOSTS) await registrar.registerProvider(providerUrl(host));
    await registrar.registerConsumer(consumerUrl);
    app = await startTestConsole(`zookeeper://${connect}`, { coalesceMs: 10 });
  });

  afterEach(async () => {
    await app?.stop();
    await registrar?.close();
  });

  it('refuses bad requests with stable codes, and a dry run stores and writes nothing', async () => {
    expect(await post<ErrorBody>('/api/releases', { ...weighted, steps: [50, 10] })).toMatchObject({ status: 400, body: { error: { code: 'BAD_STEPS' } } });
    expect(await post<ErrorBody>('/api/releases', { ...weighted, canary: { match: { env: 'prod' } } })).toMatchObject({ status: 409, body: { error: { code: 'NO_CANARY' } } });
    expect(await post<ErrorBody>('/api/releases', { ...weighted, colour: 'red' })).toMatchObject({ status: 400, body: { error: { code: 'VALIDATION_FAILED' } } });
    expect(await get<ErrorBody>('/api/releases/r-0000000099')).toMatchObject({ status: 404, body: { error: { code: 'RELEASE_NOT_FOUND' } } });
    const dry = await post<Release>('/api/releases', { ...weighted, dryRun: true });
    expect(dry).toMatchObject({ status: 200, body: { id: 'dry-run', state: { kind: 'draft' }, canary: [CANARY] } });
    expect(dry.body.steps.map((s) => s.split?.formula)).toEqual(['1 × 1 / (1 × 1 + 3 × 3) = 10.00%', '300 × 1 / (300 × 1 + 100 × 3) = 50.00%']);
    expect(await readNode(registrar.client, RULE_PATH)).toBeUndefined();
    expect((await get<ReleaseList>('/api/releases')).body.items).toEqual([]);
  });

  it('runs a weighted release step by step to promotion, each move recorded with the rule in one write', async () => {
    const created = await post<Release>('/api/releases', { ...weighted, start: true, reason: 'cart 2.0' });
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect(created.body).toMatchObject({ id: expect.stringMatching(/^r-\d{10}$/), state: { kind: 'running', step: 0, holdSeconds: 60 }, currentStep: 0 });
    expect(created.body.touchedRules).toEqual([{ node: RULE_NODE, text: null, version: null, lastWritten: expect.any(String) }]);
    const step0 = created.body.steps[0]?.split;
    const weights0 = weightsIn((await readNode(registrar.client, RULE_PATH))?.text ?? '');
    expect(weights0.get(CANARY)).toBe(step0?.canaryWeight);
    for (const host of HOSTS.slice(1)) expect(weights0.get(`${host}:20880`)).toBe(step0?.stableWeight);
    await waitFor(async () => Math.abs((await canaryShare()) - 0.1) <= 0.01, { message: 'mirror shows the 10% split' });

    const stored = (await get<Release>(`/api/releases/${id}`)).body;
    expect(stored).toEqual(created.body);

    const advanced = await post<Release>(`/api/releases/${id}/advance`, { reason: 'looks fine' });
    expect(advanced.body).toMatchObject({ state: { kind: 'running', step: 1 }, currentStep: 1 });
    await waitFor(async () => Math.abs((await canaryShare()) - 0.5) <= 0.01, { message: 'mirror shows the 50% split' });

    const paused = await post<Release>(`/api/releases/${id}/pause`);
    expect(paused.body.state).toMatchObject({ kind: 'paused', step: 1 });
    expect((await post<ErrorBody>(`/api/releases/${id}/advance`)).body.error.code).toBe('NOT_RUNNING');
    expect((await post<Release>(`/api/releases/${id}/resume`)).body.state).toMatchObject({ kind: 'running', step: 1 });

    const promoted = await post<Release>(`/api/releases/${id}/promote`);
    expect(promoted.body.state.kind).toBe('promoted');
    const weights = weightsIn((await readNode(registrar.client, RULE_PATH))?.text ?? '');
    expect(weights.get(CANARY)).toBe(100);
    for (const host of HOSTS.slice(1)) expect(weights.get(`${host}:20880`)).toBe(0);
    await waitFor(async () => Math.abs((await canaryShare()) - 1) <= 1e-9, { message: 'mirror shows every call on the canary' });
    expect(promoted.body.timeline.map((t) => `${t.from.state}→${t.to.state}:${t.kind}`)).toEqual([
      'draft→running:operator',
      'running→running:operator',
      'running→paused:operator',
      'paused→running:operator',
      'running→promoted:operator',
    ]);
    expect(await post<ErrorBody>(`/api/releases/${id}/advance`)).toMatchObject({ status: 409, body: { error: { code: 'RELEASE_FINISHED' } } });

    const audit = (await get<AuditList>('/api/audit')).body.items.filter((e) => e.releaseId === id);
    // Every transition is audited, the ones that write no rule (pause, resume) included.
    expect(audit.map((e) => e.action)).toEqual(['release-promote', 'release-resume', 'release-pause', 'release-advance', 'release-start']);
    expect(audit[4]).toMatchObject({ actor: expect.any(String), reason: 'cart 2.0', target: { node: RULE_NODE } });
    expect(audit[2]).toMatchObject({ before: null, after: null, ruleVersion: null, target: { node: RULE_NODE, addresses: [CANARY] } });
  });

  it('takes instances that register during a release and match its parameters into the canary at the next step', async () => {
    const created = await post<Release>('/api/releases', { ...weighted, canary: { match: { env: 'canary' } }, steps: [10, 40], start: true });
    expect(created.body.canary).toEqual([CANARY]);
    const newcomer = providerUrl('10.0.0.5').replace('&generic=', '&env=canary&generic=');
    await registrar.registerProvider(newcomer);
    await waitFor(async () => (await get<ServiceDetail>(`/api/services/${enc(CART)}`)).body.providers.some((p) => p.address === '10.0.0.5:20880'), { message: 'the new instance in the mirror' });
    const advanced = (await post<Release>(`/api/releases/${created.body.id}/advance`)).body;
    expect(advanced.canary).toEqual([CANARY, '10.0.0.5:20880']);
    expect(advanced.steps[1]?.split).toMatchObject({ canaryCount: 2, stableCount: 3 });
    const weights = weightsIn((await readNode(registrar.client, RULE_PATH))?.text ?? '');
    expect(weights.get('10.0.0.5:20880')).toBe(advanced.steps[1]?.split?.canaryWeight);
    await waitFor(async () => {
      const providers = (await get<ServiceDetail>(`/api/services/${enc(CART)}`)).body.providers;
      const canaryShare = providers.filter((p) => advanced.canary.includes(p.address)).reduce((sum, p) => sum + p.share, 0);
      return Math.abs(canaryShare - 0.4) <= 0.01;
    }, { message: 'both canaries together take 40%' });
  });

  it('lets only one of two overlapping releases started at the same instant run (RELEASE_ACTIVE for the other)', async () => {
    const service = (await post<Release>('/api/releases', weighted)).body;
    const appWide = (await post<Release>('/api/releases', { ...weighted, service: undefined })).body;
    for (let round = 0; round < 3; round++) {
      const answers = await Promise.all([service, appWide].map((r) => post<Release | ErrorBody>(`/api/releases/${r.id}/start`)));
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
      const refused = answers.find((a) => a.status === 409)?.body as ErrorBody;
      expect(refused.error.code).toBe('RELEASE_ACTIVE');
      const started = answers.findIndex((a) => a.status === 200);
      expect((await post(`/api/releases/${[service, appWide][started]?.id}/rollback`)).status).toBe(200);
      // Both back to drafts for the next round: new drafts of the same targets.
      const again = (await post<Release>('/api/releases', started === 0 ? weighted : { ...weighted, service: undefined })).body;
      if (started === 0) Object.assign(service, again);
      else Object.assign(appWide, again);
    }
  });

  it('rolls a weighted release back to the file as it found it', async () => {
    const before = await readNode(registrar.client, RULE_PATH);
    const created = await post<Release>('/api/releases', { ...weighted, steps: [25], start: true });
    expect(weightsIn((await readNode(registrar.client, RULE_PATH))?.text ?? '').get(CANARY)).toBe(created.body.steps[0]?.split?.canaryWeight);
    const rolled = await post<Release>(`/api/releases/${created.body.id}/rollback`, { reason: 'errors up' });
    expect(rolled.body.state.kind).toBe('rolled-back');
    expect((await readNode(registrar.client, RULE_PATH))?.text).toBe(before?.text);
  });

  it('isolates a tag to the canary chosen by parameter, lists it by state, and rolls back to no rule', async () => {
    const created = await post<Release>('/api/releases', { application: APP, mode: 'tag', canary: { match: { env: 'canary' } }, steps: [], start: true });
    expect(created).toMatchObject({ status: 201, body: { tag: 'gray', canary: [CANARY], state: { kind: 'running', step: 0 } } });
    const rule = parse((await readNode(registrar.client, TAG_PATH))?.text ?? '') as Record<string, unknown>;
    expect(rule).toMatchObject({ enabled: true, force: false, runtime: true, key: APP, configVersion: 'v3.0', tags: [{ name: 'gray', match: [{ key: 'env', value: { exact: 'canary' } }] }] });
    const running = (await get<ReleaseList>(`/api/releases?state=running&application=${APP}`)).body.items;
    expect(running.map((r) => r.id)).toEqual([created.body.id]);
    expect((await get<ReleaseList>('/api/releases?state=promoted')).body.items).toEqual([]);
    expect(await get<ErrorBody>('/api/releases?state=sideways')).toMatchObject({ status: 400 });

    const rolled = await post<Release>(`/api/releases/${created.body.id}/rollback`);
    expect(rolled.body.state.kind).toBe('rolled-back');
    expect(await readNode(registrar.client, TAG_PATH)).toBeUndefined();
  });

  it('promotes a tag release to all traffic: the tag goes, the weights file drains the stable instances', async () => {
    const created = (await post<Release>('/api/releases', { application: APP, mode: 'tag', canary: { addresses: [CANARY] }, steps: [], start: true, reason: 'gray by tag' })).body;
    const promoted = await post<Release>(`/api/releases/${created.id}/promote`, { reason: 'gray looked fine' });
    expect(promoted.body.state.kind).toBe('promoted');
    expect(await readNode(registrar.client, TAG_PATH)).toBeUndefined();
    const weights = weightsIn((await readNode(registrar.client, '/dubbo/config/dubbo/cart.configurators'))?.text ?? '');
    expect(Object.fromEntries(weights)).toEqual({ [CANARY]: 100, ...Object.fromEntries(HOSTS.slice(1).map((h) => [`${h}:20880`, 0])) });
    expect(promoted.body.touchedRules.map((t) => t.node).sort()).toEqual(['cart.configurators', 'cart.tag-router']);
    await waitFor(async () => Math.abs((await canaryShare()) - 1) <= 0.01, { message: 'the canary takes all calls' });
    const audit = (await get<AuditList>('/api/audit')).body.items.filter((e) => e.releaseId === created.id);
    expect(audit.map((e) => [e.action, e.target.node])).toEqual([
      ['release-promote', 'cart.tag-router'],
      ['release-promote', 'cart.configurators'],
      ['release-start', 'cart.tag-router'],
    ]);
  });

  it('pauses a release whose canary left the registry when a move finds it gone, and still rolls it back', async () => {
    const PRICE = 'com.shop.PriceService';
    const pricePath = `/dubbo/config/dubbo/${PRICE}::.configurators`;
    const priceUrl = (host: string) => providerUrl(host).replaceAll(CART, PRICE);
    for (const host of ['10.0.1.1', '10.0.1.2', '10.0.1.3']) await registrar.registerProvider(priceUrl(host));
    await waitFor(async () => (await get<ServiceDetail>(`/api/services/${enc(PRICE)}`)).body.providers?.length === 3, { message: 'mirror sees PriceService' });
    const created = await post<Release>('/api/releases', { ...weighted, service: PRICE, canary: { addresses: ['10.0.1.1:20880'] }, start: true });
    const id = created.body.id;
    expect(await readNode(registrar.client, pricePath)).toBeDefined();
    await registrar.unregister(priceUrl('10.0.1.1'));
    await waitFor(async () => (await get<ServiceDetail>(`/api/services/${enc(PRICE)}`)).body.providers.length === 2, { message: 'mirror sees the canary gone' });
    expect(await post<ErrorBody>(`/api/releases/${id}/advance`)).toMatchObject({ status: 409, body: { error: { code: 'CANARY_GONE' } } });
    const paused = (await get<Release>(`/api/releases/${id}`)).body;
    expect(paused.state).toMatchObject({ kind: 'paused', step: 0 });
    expect(paused.timeline.at(-1)).toMatchObject({ from: { state: 'running', step: 0 }, to: { state: 'paused', step: 0 }, kind: 'canary-gone', reason: expect.stringContaining('10.0.1.1:20880') });
    const rolled = await post<Release>(`/api/releases/${id}/rollback`);
    expect(rolled.body).toMatchObject({ state: { kind: 'rolled-back' } });
    expect(await readNode(registrar.client, pricePath)).toBeUndefined();
  });
});
