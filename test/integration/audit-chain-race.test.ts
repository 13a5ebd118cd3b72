// A lost race on the audit chain head, made certain: just after a store read the head, another writer
// appends an entry (the way a second replica would). The store's multi then fails on the head op only; it
// must re-read the head and re-plan by itself — the rule write commits, the release update answers true
// (never RELEASE_CHANGED or a rule conflict) — and the chain stays intact, with both entries in it.
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Release } from '../../server/contract/releases.ts';
import { AuditChainHead } from '../../server/governance/audit-chain-head.ts';
import { planAuditAppend, type ChainTip } from '../../server/governance/audit-chain.ts';
import { AuditStore } from '../../server/governance/audit-store.ts';
import { RuleStore } from '../../server/governance/rule-store.ts';
import { stateLayout, type AuditRecord } from '../../server/governance/state-layout.ts';
import { ReleaseStore } from '../../server/releases/release-store.ts';
import { DubboRegistrar } from '../support/dubbo-registrar.ts';
import { registryBackends, useRegistry } from '../support/registry-backends.ts';
import { uniqueChroot } from '../support/use-zookeeper.ts';

const layout = stateLayout('/switchboard');

const record = (reason: string): AuditRecord => ({
  at: '2026-12-03T10:00:00.000Z',
  actor: 'alice',
  via: 'session',
  action: 'set-weight',
  target: { node: 'com.foo.Svc::.configurators', scope: 'service', serviceKey: 'com.foo.Svc', addresses: [] },
  reason,
  before: null,
  after: null,
  ruleVersion: null,
  legacy: { created: [], removed: [] },
});

/** A rule write's audit record: the store stamps the rule version itself. */
function withoutRuleVersion({ ruleVersion: _ruleVersion, ...rest }: AuditRecord): Omit<AuditRecord, 'ruleVersion'> {
  return rest;
}

/** Reads the head like any chain, then lets a rival append once before the caller plans against it. */
class RacedChain extends AuditChainHead {
  tipsRead = 0;
  constructor(
    registrar: DubboRegistrar,
    private readonly rival: AuditChainHead,
  ) {
    super(registrar.client, layout);
  }

  override async readTip(): Promise<ChainTip> {
    const tip = await super.readTip();
    if (this.tipsRead++ === 0) {
      await this.rival.commit((rivalTip) => {
        const append = planAuditAppend(rivalTip, record('rival'), this.paths);
        return { ops: append.ops, headIndex: 1, headHash: append.hash };
      });
    }
    return tip;
  }
}

describe.each(registryBackends.filter((b) => b.available()))('a lost race on the audit chain head over $name', (backend) => {
  const registry = useRegistry(backend);
  let registrar: DubboRegistrar;

  beforeEach(async () => {
    registrar = await DubboRegistrar.connect(`${registry.current.connectString}${await uniqueChroot(registry.current)}`);
    await registrar.client.mkdirp(layout.auditFolder);
  });
  afterEach(async () => {
    await registrar?.close();
  });

  const verified = () => new AuditStore(registrar.client, layout).verify();
  const reasons = async () =>
    Promise.all((await registrar.client.getChildren(layout.auditFolder)).sort().map(async (n) => JSON.parse((await registrar.client.getData(`${layout.auditFolder}/${n}`)).data?.toString('utf8') ?? '{}').reason as string));

  it('a rule write re-plans against the new head and commits', async () => {
    const chain = new RacedChain(registrar, new AuditChainHead(registrar.client, layout));
    const rules = new RuleStore({ client: registrar.client, stateRoot: '/switchboard', logger: pino({ level: 'silent' }), chain });
    const outcome = await rules.commit({
      node: 'com.foo.Svc::.configurators',
      path: '/dubbo/config/dubbo/com.foo.Svc::.configurators',
      before: undefined,
      nextText: 'configVersion: v3.0\n',
      ruleChanged: true,
      legacy: { create: [], remove: [] },
      history: { at: '2026-12-03T10:00:00.000Z', actor: 'alice', action: 'set-weight', reason: 'mine', diff: '' },
      audit: withoutRuleVersion(record('mine')),
    });
    expect(outcome).toMatchObject({ kind: 'committed', zkVersion: 0 });
    expect(chain.tipsRead).toBe(2);
    expect(await reasons()).toEqual(['rival', 'mine']);
    expect(await verified()).toMatchObject({ ok: true, checked: 2, firstBroken: null });
  });

  it('a release update re-plans against the new head and answers true', async () => {
    const chain = new RacedChain(registrar, new AuditChainHead(registrar.client, layout));
    const releases = new ReleaseStore(registrar.client, layout, chain);
    const stored = await releases.create({ id: '', application: 'cart' } as unknown as Release);
    expect(await releases.update(stored, { ...stored.release, application: 'cart-2' }, record('paused'))).toBe(true);
    expect(chain.tipsRead).toBe(2);
    expect(await reasons()).toEqual(['rival', 'paused']);
    expect(await verified()).toMatchObject({ ok: true, checked: 2, firstBroken: null });
  });
});
