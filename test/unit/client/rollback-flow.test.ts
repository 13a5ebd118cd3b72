import { describe, expect, it } from 'vitest';
import { DELETE_QUESTION, rollbackFlowPolicy, rollbackReached } from '../../../client/features/rules/rollback-flow.ts';
import type { RollbackConfirmation, RollbackFlowState } from '../../../client/features/rules/rollback-flow.ts';
import { initialWriteFlow, requestOf, writeFlowTransition } from '../../../client/lib/write-flow/write-flow.ts';
import type { WriteFlowEvent } from '../../../client/lib/write-flow/write-flow.ts';
import type { RollbackResult } from '../../../server/contract/rules.ts';
import { writeResult } from '../../support/write-result.ts';

type Event = WriteFlowEvent<RollbackResult, RollbackResult, RollbackConfirmation>;

const answer = (status: RollbackResult['status']): RollbackResult => writeResult(status, { version: 2, before: null, after: null, diff: '' });
const previewed: Event = { type: 'previewed', preview: answer('preview') };
const written = (status: RollbackResult['status']): Event => ({ type: 'written', result: answer(status) });
const refused = (code: string): Event => ({ type: 'refused', refusal: { code, message: 'x' } });
const run = (...events: Event[]): RollbackFlowState =>
  events.reduce<RollbackFlowState>((state, event) => writeFlowTransition(rollbackFlowPolicy, state, event), initialWriteFlow(rollbackFlowPolicy));

describe('rollback write policy', () => {
  it.each<[string, Event[], RollbackFlowState['phase']]>([
    ['dry run first', [], 'previewing'],
    ['then ready', [previewed], 'ready'],
    ['apply → pending', [previewed, { type: 'write' }, written('applied')], 'pending'],
    ['deleting asks first', [previewed, { type: 'write', ask: DELETE_QUESTION }], 'confirming'],
    ['…and then writes', [previewed, { type: 'write', ask: DELETE_QUESTION }, { type: 'confirm' }], 'writing'],
    ['a server demand for confirmDelete asks too', [previewed, { type: 'write' }, refused('CONFIRM_DELETE_REQUIRED')], 'confirming'],
    ['a guardrail refusal is a failure (rollback offers no force)', [previewed, { type: 'write' }, refused('LAST_PROVIDER')], 'failed'],
    ['conflict → reload → preview again', [previewed, { type: 'write' }, refused('CONFLICT'), { type: 'reload' }, { type: 'reloaded' }], 'previewing'],
    ['noop', [previewed, { type: 'write' }, written('noop')], 'noop'],
  ])('%s', (_name, events, phase) => {
    expect(run(...events).phase).toBe(phase);
  });

  it('sends confirmDelete only after the explicit yes', () => {
    expect(requestOf(run(previewed, { type: 'write', ask: DELETE_QUESTION }))).toBeUndefined();
    expect(requestOf(run(previewed, { type: 'write', ask: DELETE_QUESTION }, { type: 'confirm' }))).toEqual({ step: 'write', confirmed: ['confirmDelete'] });
  });

  it('is reached when the page shows the restored text, or the node is gone for "did not exist"', () => {
    expect(rollbackReached('a\n', { text: 'a\n' }, false)).toBe(true);
    expect(rollbackReached('a\n', { text: 'b\n' }, false)).toBe(false);
    expect(rollbackReached(null, { text: 'b\n' }, false)).toBe(false);
    expect(rollbackReached(null, undefined, true)).toBe(true);
  });
});
