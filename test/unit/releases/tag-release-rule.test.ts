// Tag-mode rule files: a starting `.tag-router` + a release → the exact file we write, checked in under
// test/fixtures/releases/expected (a missing one fails; UPDATE_GOLDEN=1 writes them). Each result is routed
// with the consumers' own tag router for every consumer release: the tag reaches exactly the canaries,
// untagged calls reach the stable instances outside foreign tags, and removing the tag restores the file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReleaseRequest } from '../../../server/contract/releases.ts';
import { parseTagRule } from '../../../server/dubbo/tag-rule.ts';
import { routeByTag } from '../../../server/dubbo/tag-routing.ts';
import { planRelease } from '../../../server/releases/plan-release.ts';
import { removeReleaseTag } from '../../../server/releases/tag-release-rule.ts';
import { serviceIndex } from '../../../server/registry/service-index.ts';
import { evaluateProviders } from '../../../server/registry/provider-evaluation.ts';
import { checkGolden, updatingGoldens } from '../golden/golden-file.ts';
import { address, APP, CART, hosts, PRICE, releaseFleet, type FixtureProvider } from './release-fixture.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/releases');
const input = (name: string): string => readFileSync(join(FIXTURES, 'inputs', name), 'utf8');
const NODE = `${APP}.tag-router`;

/** 10.0.0.1 and .2 run the new build (env=canary); .5 is in the checkout team's blue tag in some inputs. */
const PROVIDERS: FixtureProvider[] = hosts(5).map((host, i) => ({
  host,
  params: i < 2 ? { env: 'canary' } : {},
  services: i === 0 ? [CART] : [CART, PRICE],
}));

interface GoldenCase {
  readonly name: string;
  readonly start?: string;
  readonly canary: ReleaseRequest['canary'];
  readonly consumers: readonly string[];
  /** Instances in foreign tags of the start file (untagged calls avoid them). */
  readonly foreign?: readonly string[];
}

const ONE = { addresses: [address('10.0.0.1')] };
const CASES: GoldenCase[] = [
  { name: 'none--addresses', canary: ONE, consumers: ['2.7.8', '3.3.1'] },
  { name: 'none--match', canary: { match: { env: 'canary' } }, consumers: ['3.2.16', '3.3.1'] },
  { name: 'none--match-on-3.1', canary: { match: { env: 'canary' } }, consumers: ['3.1.11', '3.3.1'] },
  { name: 'foreign--addresses', start: 'foreign-tags.yaml', canary: { addresses: [address('10.0.0.2')] }, consumers: ['3.3.1'], foreign: [address('10.0.0.5')] },
  { name: 'same-tag--replaced', start: 'same-tag.yaml', canary: ONE, consumers: ['2.7.8', '3.3.1'], foreign: [address('10.0.0.5')] },
  { name: 'admin--addresses', start: 'admin-style.yaml', canary: ONE, consumers: ['3.1.11'], foreign: [address('10.0.0.5')] },
];

function request(canary: ReleaseRequest['canary'], extra: Partial<ReleaseRequest> = {}): ReleaseRequest {
  return { application: APP, mode: 'tag', canary, steps: [], ...extra };
}

function plan(c: { start?: string; canary: ReleaseRequest['canary']; consumers: readonly string[] }, providers = PROVIDERS, extra: Partial<ReleaseRequest> = {}) {
  const start = c.start === undefined ? undefined : input(c.start);
  const snapshot = releaseFleet({ providers, consumerReleases: c.consumers, ...(start === undefined ? {} : { rules: { [NODE]: start } }) });
  return { snapshot, start, planned: planRelease({ snapshot, request: request(c.canary, extra), id: 'r-1', at: new Date(0), actor: 'alice' }) };
}

describe.each(CASES)('$name', (c) => {
  const { snapshot, start, planned } = plan(c);
  const after = planned.tagRule?.after ?? '';

  it('matches the golden file', () => {
    const verdict = checkGolden(join(FIXTURES, 'expected', `${c.name}.yaml`), after, updatingGoldens());
    if (verdict.kind === 'missing') throw new Error(verdict.message);
    if (verdict.kind === 'differs') expect(after).toBe(verdict.expected);
  });

  it.each(c.consumers)('routes the tag to the canaries only and untagged calls around them on Dubbo %s', (release) => {
    const rule = parseTagRule(after);
    const entry = serviceIndex(snapshot).get(CART);
    if (!entry) throw new Error('no CartService');
    const providers = evaluateProviders(snapshot, entry).map((p) => ({ host: p.url.host, port: p.url.port, params: p.url.params, address: p.group.address }));
    const tagged = routeByTag(providers, { release, rule, tag: 'gray' }).map((p) => p.address);
    const untagged = routeByTag(providers, { release, rule }).map((p) => p.address);
    expect(tagged.sort()).toEqual([...planned.release.canary]);
    expect(untagged.sort()).toEqual(planned.release.stable.filter((a) => !(c.foreign ?? []).includes(a)));
  });

  it('gives the file back as it was found when the tag is removed', () => {
    const edit = { application: APP, tag: 'gray', members: { kind: 'addresses', addresses: planned.release.canary } } as const;
    const members = after.includes('match:') ? ({ kind: 'match', params: { env: 'canary' } } as const) : edit.members;
    expect(removeReleaseTag(after, start ?? null, { ...edit, members }).text).toBe(start ?? null);
  });
});

describe('tag rule edits', () => {
  it('writes addresses, not match, when a consumer is older than 3.2', () => {
    const { planned } = plan({ canary: { match: { env: 'canary' } }, consumers: ['3.1.11'] });
    expect(planned.tagRule?.after).toContain('addresses: ["10.0.0.1:20880", "10.0.0.2:20880"]');
    expect(planned.tagRule?.after).not.toContain('configVersion');
  });

  it('removes only its tag from a file someone changed during the release', () => {
    const { planned } = plan({ canary: ONE, consumers: ['3.3.1'] });
    const changed = `${planned.tagRule?.after ?? ''}  - name: green\n    addresses: ["10.0.0.3:20880"]\n`;
    const removed = removeReleaseTag(changed, null, { application: APP, tag: 'gray', members: { kind: 'addresses', addresses: [address('10.0.0.1')] } });
    expect(removed.notes.map((n) => n.code)).toEqual(['RULE_CHANGED_SINCE']);
    expect(parseTagRule(removed.text ?? '').tags.map((t) => t.name)).toEqual(['green']);
  });

  it('uses the tag the request names', () => {
    const { planned } = plan({ canary: ONE, consumers: ['3.3.1'] }, PROVIDERS, { tag: 'canary-7' });
    expect(parseTagRule(planned.tagRule?.after ?? '').tags.map((t) => t.name)).toEqual(['canary-7']);
    expect(planned.release.tag).toBe('canary-7');
  });
});

describe('refusals', () => {
  const refusal = (f: () => unknown): string => {
    try {
      f();
    } catch (e) {
      return (e as { code?: string }).code ?? String(e);
    }
    return 'none';
  };

  it('refuses to switch on a disabled file that holds foreign tags', () => {
    expect(refusal(() => plan({ start: 'disabled-foreign.yaml', canary: ONE, consumers: ['3.3.1'] }))).toBe('TAG_RULE_DISABLED');
  });

  it('refuses a rule that leaves untagged calls without a provider', () => {
    const two = [{ host: '10.0.0.1' }, { host: '10.0.0.5' }];
    expect(refusal(() => plan({ start: 'foreign-tags.yaml', canary: ONE, consumers: ['3.3.1'] }, two))).toBe('UNTAGGED_STRANDED');
  });

  it('refuses a forced rule whose tag finds no provider of a service the canaries do not provide', () => {
    // foreign-tags.yaml has force: true; 10.0.0.1 does not provide PriceService.
    expect(refusal(() => plan({ start: 'foreign-tags.yaml', canary: ONE, consumers: ['3.3.1'] }))).toBe('TAG_STRANDED');
  });

  it('refuses a file Dubbo cannot read', () => {
    const snapshot = releaseFleet({ providers: PROVIDERS, rules: { [NODE]: 'tags: [ {name: gray\n' } });
    expect(refusal(() => planRelease({ snapshot, request: request(ONE), id: 'r', at: new Date(0), actor: 'a' }))).toBe('INVALID_RULE_FILE');
  });

  it('refuses steps other than one in tag mode', () => {
    expect(refusal(() => plan({ canary: ONE, consumers: ['3.3.1'] }, PROVIDERS, { steps: [10, 50] }))).toBe('BAD_STEPS');
  });
});
