import { describe, expect, it } from 'vitest';
import type { Release, ReleaseTransition } from '../../../server/contract/releases.ts';
import { transitionAction, transitionAudit } from '../../../server/releases/release-audit.ts';

const entry = (from: ReleaseTransition['from'], to: ReleaseTransition['to'], kind: ReleaseTransition['kind'] = 'operator'): ReleaseTransition => ({
  at: '2026-12-03T10:00:00.000Z',
  from,
  to,
  kind,
  actor: 'alice',
  reason: 'why',
});

describe('release transitions in the audit trail', () => {
  it.each([
    [entry({ state: 'draft', step: null }, { state: 'running', step: 0 }), 'release-start'],
    [entry({ state: 'running', step: 0 }, { state: 'running', step: 1 }, 'hold-elapsed'), 'release-advance'],
    [entry({ state: 'running', step: 1 }, { state: 'paused', step: 1 }, 'canary-gone'), 'release-pause'],
    [entry({ state: 'paused', step: 1 }, { state: 'running', step: 1 }), 'release-resume'],
    [entry({ state: 'running', step: 1 }, { state: 'promoted', step: null }), 'release-promote'],
    [entry({ state: 'paused', step: 1 }, { state: 'rolled-back', step: null }), 'release-rollback'],
    [entry({ state: 'running', step: 1 }, { state: 'failed', step: null }, 'conflict'), 'release-fail'],
  ])('names %o %s', (transition, action) => {
    expect(transitionAction(transition)).toBe(action);
  });

  it('records the newest transition with its actor (user, how, from where, request), reason and release id, against the release’s rule file', () => {
    const release = {
      id: 'r-0000000007',
      application: 'cart',
      service: 'com.shop.CartService',
      mode: 'weighted',
      canary: ['10.0.0.1:20880'],
      timeline: [entry({ state: 'running', step: 1 }, { state: 'paused', step: 1 }, 'conflict')],
    } as unknown as Release;
    const actor = { user: 'alice', via: 'token', token: 'ci', source: '10.0.0.9', requestId: 'req-7' } as const;
    expect(transitionAudit(release, '/dubbo', actor)).toEqual({
      at: '2026-12-03T10:00:00.000Z',
      actor: 'alice',
      via: 'token',
      token: 'ci',
      source: '10.0.0.9',
      requestId: 'req-7',
      action: 'release-pause',
      target: { node: 'com.shop.CartService::.configurators', scope: 'service', serviceKey: 'com.shop.CartService', addresses: ['10.0.0.1:20880'] },
      reason: 'why',
      before: null,
      after: null,
      ruleVersion: null,
      releaseId: 'r-0000000007',
      legacy: { created: [], removed: [] },
    });
    expect(transitionAudit({ ...release, timeline: [] }, '/dubbo', actor)).toBeUndefined();
  });
});
