import { describe, expect, it } from 'vitest';
import { draftRequest, emptyDraft, parseHold, parseSteps } from '../../../client/features/releases/release-draft.ts';

describe('parseSteps', () => {
  it.each<[string, number[]]>([
    ['5, 25, 50, 100', [5, 25, 50, 100]],
    ['1 99', [1, 99]],
    ['10,50%', [10, 50]],
    ['  100 ', [100]],
  ])('reads %j', (text, steps) => {
    expect(parseSteps(text)).toEqual({ ok: true, value: steps });
  });

  it.each<[string, RegExp]>([
    ['', /at least one step/],
    ['0, 50', /“0” is not a whole percentage/],
    ['5, 101', /“101”/],
    ['2.5', /“2.5”/],
    ['50, 25', /more traffic than the one before/],
    ['25, 25', /more traffic than the one before/],
    [Array.from({ length: 21 }, (_, i) => i + 1).join(','), /At most 20 steps/],
  ])('refuses %j', (text, problem) => {
    const parsed = parseSteps(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toMatch(problem);
  });
});

describe('parseHold', () => {
  it('reads nothing as no hold and whole seconds up to a week', () => {
    expect(parseHold(' ')).toEqual({ ok: true, value: undefined });
    expect(parseHold('600')).toEqual({ ok: true, value: 600 });
    expect(parseHold('604800')).toEqual({ ok: true, value: 604_800 });
    expect(parseHold('604801').ok).toBe(false);
    expect(parseHold('-1').ok).toBe(false);
    expect(parseHold('1.5').ok).toBe(false);
  });
});

describe('draftRequest', () => {
  const base = { ...emptyDraft('order-app'), addresses: ['10.0.1.2:50051', '10.0.1.1:50051'] };

  it('builds a weighted request with sorted addresses, leaving empty fields out', () => {
    expect(draftRequest(base)).toEqual({
      ok: true,
      value: { application: 'order-app', mode: 'weighted', canary: { addresses: ['10.0.1.1:50051', '10.0.1.2:50051'] }, steps: [5, 25, 50, 100] },
    });
  });

  it('carries the service, hold and trimmed reason', () => {
    expect(draftRequest({ ...base, service: 'org.shop.OrderService', hold: '300', reason: '  2.2.0 ' })).toMatchObject({
      ok: true,
      value: { service: 'org.shop.OrderService', holdSeconds: 300, reason: '2.2.0' },
    });
  });

  it('matches a provider parameter, and tag mode sends no steps but the tag', () => {
    const draft = { ...base, canaryBy: 'match' as const, matchKey: 'version', matchValue: ' 2.2.0 ', mode: 'tag' as const, steps: 'ignored', tag: 'canary' };
    expect(draftRequest(draft)).toEqual({
      ok: true,
      value: { application: 'order-app', mode: 'tag', canary: { match: { version: '2.2.0' } }, steps: [], tag: 'canary' },
    });
  });

  it.each<[string, Partial<typeof base>, RegExp]>([
    ['no application', { application: '' }, /Pick the application/],
    ['no instance ticked', { addresses: [] }, /Tick the instances/],
    ['no match value', { canaryBy: 'match', matchValue: '' }, /Give the value of version/],
    ['a bad parameter name', { canaryBy: 'match', matchKey: 'a b', matchValue: 'x' }, /Name the provider parameter/],
    ['bad steps', { steps: '50, 5' }, /more traffic/],
    ['a bad hold', { hold: 'soon' }, /whole seconds/],
    ['a bad tag', { mode: 'tag', tag: '-x' }, /The tag is letters/],
  ])('says what to fix: %s', (_name, patch, problem) => {
    const parsed = draftRequest({ ...base, ...patch });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toMatch(problem);
  });
});
