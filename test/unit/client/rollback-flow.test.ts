import { describe, expect, it } from 'vitest';
import { initialRollback, rollbackReached, rollbackTransition } from '../../../client/features/rules/rollback-flow.ts';
import type { RollbackEvent, RollbackState } from '../../../client/features/rules/rollback-flow.ts';
import type { RollbackResult } from '../../../server/contract/rules.ts';

const answer = (status: RollbackResult['status']): RollbackEvent => ({
  type: 'answered',
  result: {
    status,
    rule: { node: 'n.configurators', label: 'n.configurators', path: '/dubbo/config/dubbo/n.configurators', kind: 'configurators', scope: 'application', version: 2 },
    version: 2,
    before: null,
    after: null,
    diff: '',
    legacy: { created: [], removed: [] },
    preview: [],
    warnings: [],
    auditId: null,
    historyVersion: null,
  },
});
const run = (...events: RollbackEvent[]): RollbackState => events.reduce(rollbackTransition, initialRollback());

describe('rollback flow', () => {
  it.each<[string, RollbackEvent[], RollbackState['phase']]>([
    ['dry run first', [], 'previewing'],
    ['then ready', [answer('preview')], 'ready'],
    ['apply → pending', [answer('preview'), { type: 'apply', deletes: false }, answer('applied')], 'pending'],
    ['deleting asks first', [answer('preview'), { type: 'apply', deletes: true }], 'confirm-delete'],
    ['…and then writes', [answer('preview'), { type: 'apply', deletes: true }, { type: 'confirm-delete' }], 'applying'],
    ['a server demand for confirmDelete asks too', [answer('preview'), { type: 'apply', deletes: false }, { type: 'refused', code: 'CONFIRM_DELETE_REQUIRED', message: 'x' }], 'confirm-delete'],
    ['conflict → reload → preview again', [answer('preview'), { type: 'apply', deletes: false }, { type: 'refused', code: 'CONFLICT', message: 'x' }, { type: 'reload' }, { type: 'reloaded' }], 'previewing'],
    ['pending → confirmed', [answer('preview'), { type: 'apply', deletes: false }, answer('applied'), { type: 'registry-confirmed' }], 'confirmed'],
    ['pending → waiting', [answer('preview'), { type: 'apply', deletes: false }, answer('applied'), { type: 'timed-out' }], 'waiting'],
    ['noop', [answer('preview'), { type: 'apply', deletes: false }, answer('noop')], 'noop'],
  ])('%s', (_name, events, phase) => {
    expect(run(...events).phase).toBe(phase);
  });

  it('sends confirmDelete only after the explicit yes', () => {
    const state = run(answer('preview'), { type: 'apply', deletes: true }, { type: 'confirm-delete' });
    expect(state).toMatchObject({ phase: 'applying', confirmDelete: true });
  });

  it('is reached when the page shows the restored text, or the node is gone for "did not exist"', () => {
    expect(rollbackReached('a\n', { text: 'a\n' }, false)).toBe(true);
    expect(rollbackReached('a\n', { text: 'b\n' }, false)).toBe(false);
    expect(rollbackReached(null, { text: 'b\n' }, false)).toBe(false);
    expect(rollbackReached(null, undefined, true)).toBe(true);
  });
});
