// What each move of a release writes, planned without ZooKeeper: step weights for the instances registered
// now (checked by the read side's own evaluation of the written file), promotion, rollback to the file as
// found (foreign edits elsewhere kept), tag removal, moves that write nothing, and the refusals CANARY_GONE /
// TARGET_GONE / RULE_CHANGED_SINCE.
import { describe, expect, it } from 'vitest';
import type { Release, ReleaseRequest, ReleaseState } from '../../../server/contract/releases.ts';
import { withRuleChange } from '../../../server/governance/plan-preview.ts';
import { planRelease } from '../../../server/releases/plan-release.ts';
import { planReleaseWrite, releaseRuleNode, writesRule } from '../../../server/releases/plan-release-write.ts';
import { evaluateProviders } from '../../../server/registry/provider-evaluation.ts';
import type { RegistrySnapshot } from '../../../server/registry/registry-snapshot.ts';
import { serviceIndex } from '../../../server/registry/service-index.ts';
import { address, APP, CART, codeOf, hosts, releaseFleet } from './release-fixture.ts';

const at = new Date('2026-01-01T00:00:00.000Z');
const CANARY = address('10.0.0.1');
const running = (step: number): ReleaseState => ({ kind: 'running', step, startedStepAt: at.toISOString(), holdSeconds: 0 });
const fleet = (n: number) => releaseFleet({ providers: hosts(n).map((host) => ({ host })) });

function draft(snapshot: RegistrySnapshot, extra: Partial<ReleaseRequest> = {}): Release {
  const request: ReleaseRequest = { application: APP, service: CART, mode: 'weighted', canary: { addresses: [CANARY] }, steps: [20, 60], ...extra };
  return planRelease({ snapshot, request, id: 'r-0000000001', at, actor: 'alice' }).release;
}

/** Effective weights of CartService's providers once `text` is the release's rule file. */
function effectiveWeights(snapshot: RegistrySnapshot, release: Release, text: string | null): Map<string, number> {
  const after = withRuleChange(snapshot, releaseRuleNode(snapshot.root, release), text, 1);
  const entry = serviceIndex(after).get(CART);
  return new Map((entry ? evaluateProviders(after, entry) : []).map((p) => [p.group.address, p.state.weight]));
}

describe('weighted moves', () => {
  it('writes the step weights for the instances registered now, as Dubbo reads them', () => {
    const planned = fleet(5);
    const release = draft(planned);
    const now = fleet(9); // four more stable instances registered since the release was planned
    const plan = planReleaseWrite({ snapshot: now, release, to: running(1), current: undefined });
    expect(plan.split).toMatchObject({ canaryCount: 1, stableCount: 8 });
    const weights = effectiveWeights(now, release, plan.nextText);
    const total = [...weights.values()].reduce((a, b) => a + b, 0);
    expect(Math.abs(((weights.get(CANARY) ?? 0) / total) * 100 - 60)).toBeLessThanOrEqual(1);
    expect(weights.size).toBe(9);
    const cart = plan.preview.find((p) => p.serviceKey === CART);
    expect(cart?.predictable.after).toBe(true);
  });

  it('promotes with canary 100 and stable 0', () => {
    const snapshot = fleet(4);
    const release = draft(snapshot);
    const plan = planReleaseWrite({ snapshot, release, to: { kind: 'promoted', at: at.toISOString() }, current: undefined });
    const weights = effectiveWeights(snapshot, release, plan.nextText);
    expect(weights.get(CANARY)).toBe(100);
    expect([...weights].filter(([a]) => a !== CANARY).map(([, w]) => w)).toEqual([0, 0, 0]);
  });

  it('rolls back to the file as found, keeps foreign edits elsewhere, and refuses edits of the lines it wrote', () => {
    const snapshot = fleet(4);
    const found = 'configVersion: v2.7\nscope: service\nkey: com.shop.CartService\nenabled: true\nconfigs: []\n';
    const started = planReleaseWrite({ snapshot, release: draft(snapshot), to: running(0), current: { text: found, version: 3 } });
    const release: Release = { ...draft(snapshot), state: running(0), touchedRules: [{ node: started.node.node, text: found, version: 3, lastWritten: started.nextText }] };
    const back = { kind: 'rolled-back', at: at.toISOString() } as const;
    expect(planReleaseWrite({ snapshot, release, to: back, current: { text: started.nextText ?? '', version: 4 } }).nextText).toBe(found);
    expect(planReleaseWrite({ snapshot, release, to: back, current: { text: `# edited\n${started.nextText ?? ''}`, version: 5 } }).nextText).toBe(`# edited\n${found}`);
    const overlapping = (started.nextText ?? '').replace(/weight: (\d+)/, 'weight: 4242');
    expect(codeOf(() => planReleaseWrite({ snapshot, release, to: back, current: { text: overlapping, version: 5 } }))).toBe('RULE_CHANGED_SINCE');
  });

  it('refuses with CANARY_GONE when a canary left the registry', () => {
    const release = draft(fleet(4));
    const gone = releaseFleet({ providers: hosts(3, 2).map((host) => ({ host })) });
    expect(codeOf(() => planReleaseWrite({ snapshot: gone, release, to: running(1), current: undefined }))).toBe('CANARY_GONE');
  });

  it('recomputes the step for the canaries still registered when some left', () => {
    const snapshot = fleet(5);
    const release = { ...draft(snapshot, { canary: { addresses: [CANARY, address('10.0.0.2')] } }), state: running(0) };
    const oneLeft = releaseFleet({ providers: hosts(4, 2).map((host) => ({ host })) });
    const plan = planReleaseWrite({ snapshot: oneLeft, release, to: running(1), current: undefined });
    expect(plan.split).toMatchObject({ canaryCount: 1, stableCount: 3 });
    expect(plan.split?.canaryShare).toBeCloseTo(0.6, 2);
  });

  it('refuses with TARGET_GONE when no instance of the application provides the target any more', () => {
    const release = draft(fleet(4));
    const elsewhere = releaseFleet({ providers: hosts(2, 5).map((host) => ({ host, application: 'other' })) });
    expect(codeOf(() => planReleaseWrite({ snapshot: elsewhere, release, to: running(1), current: undefined }))).toBe('TARGET_GONE');
  });

  it('still rolls back once the canary is gone', () => {
    const snapshot = fleet(4);
    const started = planReleaseWrite({ snapshot, release: draft(snapshot), to: running(0), current: undefined });
    const release: Release = { ...draft(snapshot), state: { kind: 'failed', at: '', code: 'CANARY_GONE' }, touchedRules: [{ node: started.node.node, text: null, version: null, lastWritten: started.nextText }] };
    const gone = releaseFleet({ providers: hosts(3, 2).map((host) => ({ host })) });
    const back = planReleaseWrite({ snapshot: gone, release, to: { kind: 'rolled-back', at: '' }, current: { text: started.nextText ?? '', version: 0 } });
    expect(back.nextText).toBeNull();
  });

  it('writes nothing to pause, to roll back a draft, or to resume a tag release', () => {
    const release = draft(fleet(4));
    expect(writesRule(release, { kind: 'paused', step: 0, pausedAt: at.toISOString(), remainingHoldSeconds: 0 })).toBe(false);
    expect(writesRule(release, { kind: 'rolled-back', at: at.toISOString() })).toBe(false);
    expect(writesRule({ ...release, state: running(0) }, running(1))).toBe(true);
    const tag = { ...release, mode: 'tag' as const, tag: 'gray', state: { kind: 'paused', step: 0, pausedAt: '', remainingHoldSeconds: 0 } as ReleaseState };
    expect(writesRule(tag, running(0))).toBe(false);
  });
});

describe('tag moves', () => {
  it('adds the tag on start and takes it out again on promotion', () => {
    const snapshot = fleet(3);
    const release = draft(snapshot, { service: undefined, mode: 'tag', steps: [] });
    const start = planReleaseWrite({ snapshot, release, to: running(0), current: undefined });
    expect(start.node.node).toBe('cart.tag-router');
    expect(start.nextText).toContain('name: gray');
    const touched: Release = { ...release, state: running(0), touchedRules: [{ node: start.node.node, text: null, version: null, lastWritten: start.nextText }] };
    const promote = planReleaseWrite({ snapshot, release: touched, to: { kind: 'promoted', at: '' }, current: { text: start.nextText ?? '', version: 0 } });
    expect(promote.nextText).toBeNull();
  });

  it('proves the rule again at start: a file changed since planning that would strand untagged calls is refused', () => {
    const snapshot = fleet(2);
    const release = draft(snapshot, { service: undefined, mode: 'tag', steps: [] });
    const blue = 'enabled: true\nkey: cart\ntags:\n  - name: blue\n    addresses: ["10.0.0.2:20880"]\n';
    expect(codeOf(() => planReleaseWrite({ snapshot, release, to: running(0), current: { text: blue, version: 1 } }))).toBe('UNTAGGED_STRANDED');
  });
});
