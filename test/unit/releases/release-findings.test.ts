// What stops a running release, from the mirror alone: the last canary gone, a touched file edited by
// someone else; nothing for a healthy release, a partial canary loss, or a release that is not running.
import { describe, expect, it } from 'vitest';
import type { Release, ReleaseState } from '../../../server/contract/releases.ts';
import { planRelease } from '../../../server/releases/plan-release.ts';
import { canaryUp, currentRuleTexts, releaseFindings } from '../../../server/releases/release-findings.ts';
import { address, APP, CART, hosts, releaseFleet } from './release-fixture.ts';

const NODE = `${CART}::.configurators`;
const WRITTEN = 'configVersion: v3.0\nscope: service\nkey: com.shop.CartService\nenabled: true\nconfigs: []\n';
const running: ReleaseState = { kind: 'running', step: 0, startedStepAt: '2026-01-01T00:00:00.000Z', holdSeconds: 60 };
const fleet = (from: number, n: number, rules: Record<string, string> = { [NODE]: WRITTEN }) =>
  releaseFleet({ providers: hosts(n, from).map((host) => ({ host })), rules });

function release(canary: string[], state: ReleaseState = running): Release {
  const planned = planRelease({
    snapshot: fleet(1, 4),
    request: { application: APP, service: CART, mode: 'weighted', canary: { addresses: canary }, steps: [10, 50] },
    id: 'r-0000000001',
    at: new Date(0),
    actor: 'alice',
  }).release;
  return { ...planned, state, touchedRules: [{ node: NODE, text: null, version: null, lastWritten: WRITTEN }] };
}

const findings = (r: Release, snapshot = fleet(1, 4)) => releaseFindings(r, snapshot, currentRuleTexts(snapshot, r));

describe('releaseFindings', () => {
  it('finds nothing while the canary is up and the file says what the release wrote', () => {
    expect(findings(release([address('10.0.0.1')]))).toEqual([]);
  });

  it('reports canary-gone once no canary of the release is registered', () => {
    const gone = fleet(2, 3);
    expect(canaryUp(gone, release([address('10.0.0.1')]))).toEqual([]);
    expect(findings(release([address('10.0.0.1')]), gone)).toEqual([{ cause: 'canary-gone', reason: expect.stringContaining('10.0.0.1:20880') }]);
  });

  it('says nothing while one canary of two is still up', () => {
    expect(findings(release([address('10.0.0.1'), address('10.0.0.2')]), fleet(2, 3))).toEqual([]);
  });

  it('reports a conflict when a touched file was edited, or deleted, by someone else', () => {
    const edited = fleet(1, 4, { [NODE]: `# hand edit\n${WRITTEN}` });
    expect(findings(release([address('10.0.0.1')]), edited)).toEqual([{ cause: 'conflict', reason: `${NODE} was edited outside the release` }]);
    expect(findings(release([address('10.0.0.1')]), fleet(1, 4, {})).map((f) => f.cause)).toEqual(['conflict']);
  });

  it('reports both at once, and counts a node missing from the texts as absent', () => {
    const r = release([address('10.0.0.1')]);
    expect(releaseFindings(r, fleet(2, 3), new Map()).map((f) => f.cause)).toEqual(['canary-gone', 'conflict']);
  });

  it('has nothing to say about a release that is not running', () => {
    const paused: ReleaseState = { kind: 'paused', step: 0, pausedAt: '2026-01-01T00:00:00.000Z', remainingHoldSeconds: 0 };
    expect(findings(release([address('10.0.0.1')], paused), fleet(2, 3, {}))).toEqual([]);
    expect(findings(release([address('10.0.0.1')], { kind: 'draft' }), fleet(2, 3, {}))).toEqual([]);
  });
});
