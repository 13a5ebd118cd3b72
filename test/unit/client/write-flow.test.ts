import { describe, expect, it } from 'vitest';
import { canClose, initialWriteFlow, previewOf, requestOf, writeFlowTransition } from '../../../client/lib/write-flow/write-flow.ts';
import type { Question, WriteFlowEvent, WriteFlowPolicy, WriteFlowState } from '../../../client/lib/write-flow/write-flow.ts';

// A made-up write with a dry run ("plan") and a result ("done"), one confirmation, as a gray release
// step would have; the governance and rollback policies are tested through the same machine elsewhere.
type Plan = { steps: number };
type Done = { changed: boolean };
type Confirmation = 'force';
type State = WriteFlowState<Plan, Done, Confirmation>;
type Event = WriteFlowEvent<Plan, Done, Confirmation>;

const previewing: WriteFlowPolicy<Done, Confirmation> = {
  previews: true,
  confirmationFor: (code) => (code === 'GUARD' ? 'force' : undefined),
  unchanged: (result) => !result.changed,
};
const direct: WriteFlowPolicy<Done, Confirmation> = { ...previewing, previews: false };

const plan: Plan = { steps: 3 };
const previewed: Event = { type: 'previewed', preview: plan };
const written = (changed = true): Event => ({ type: 'written', result: { changed } });
const refused = (code: string): Event => ({ type: 'refused', refusal: { code, message: `refused: ${code}` } });
const ask: Question<Confirmation> = { confirmation: 'force', code: 'WARN', message: 'sure?' };

function run(policy: WriteFlowPolicy<Done, Confirmation>, ...events: Event[]): State {
  return events.reduce<State>((state, event) => writeFlowTransition(policy, state, event), initialWriteFlow(policy));
}

describe('write flow with a preview', () => {
  it('starts with the dry run and sends the write only once confirmed', () => {
    expect(requestOf(run(previewing))).toEqual({ step: 'preview', confirmed: [] });
    const ready = run(previewing, previewed);
    expect(ready).toEqual({ phase: 'ready', confirmed: [], preview: plan });
    expect(requestOf(ready)).toBeUndefined();
    const writing = writeFlowTransition(previewing, ready, { type: 'write' });
    expect(requestOf(writing)).toEqual({ step: 'write', confirmed: [] });
    expect(canClose(writing)).toBe(false);
    expect(previewOf(writing)).toBe(plan);
  });

  it.each<[string, Event[], State['phase']]>([
    ['a written change is pending, never optimistic', [previewed, { type: 'write' }, written()], 'pending'],
    ['a write that changed nothing has nothing to wait for', [previewed, { type: 'write' }, written(false)], 'noop'],
    ['pending → confirmed by the registry', [previewed, { type: 'write' }, written(), { type: 'registry-confirmed' }], 'confirmed'],
    ['pending → waiting after the timeout', [previewed, { type: 'write' }, written(), { type: 'timed-out' }], 'waiting'],
    ['waiting → confirmed late', [previewed, { type: 'write' }, written(), { type: 'timed-out' }, { type: 'registry-confirmed' }], 'confirmed'],
    ['a late dry-run answer is ignored once writing', [previewed, { type: 'write' }, previewed], 'writing'],
    ['a write answer before any write is ignored', [written()], 'previewing'],
    ['a confirmation before any write is ignored', [{ type: 'registry-confirmed' }], 'previewing'],
    ['a refusal nobody can overrule fails the preview', [refused('INVALID')], 'failed'],
    ['changed options preview again', [previewed, { type: 'options-changed' }], 'previewing'],
    ['changed options do not touch a write in flight', [previewed, { type: 'write' }, { type: 'options-changed' }], 'writing'],
    ['refusals after the answer are ignored', [previewed, { type: 'write' }, written(), refused('GUARD')], 'pending'],
  ])('%s', (_name, events, phase) => {
    expect(run(previewing, ...events).phase).toBe(phase);
  });

  it('turns an overrulable refusal of the write into a question whose yes repeats the write with the confirmation', () => {
    const asked = run(previewing, previewed, { type: 'write' }, refused('GUARD'));
    expect(asked).toMatchObject({ phase: 'confirming', retry: 'write', question: { confirmation: 'force', code: 'GUARD' }, preview: plan });
    expect(requestOf(asked)).toBeUndefined();
    expect(canClose(asked)).toBe(true);
    expect(requestOf(writeFlowTransition(previewing, asked, { type: 'confirm' }))).toEqual({ step: 'write', confirmed: ['force'] });
  });

  it('previews again with the confirmation when the dry run itself was refused', () => {
    const asked = run(previewing, refused('GUARD'));
    expect(asked).toMatchObject({ phase: 'confirming', retry: 'preview' });
    expect(requestOf(writeFlowTransition(previewing, asked, { type: 'confirm' }))).toEqual({ step: 'preview', confirmed: ['force'] });
  });

  it('asks only once: refused again despite the yes is a failure', () => {
    const state = run(previewing, refused('GUARD'), { type: 'confirm' }, refused('GUARD'));
    expect(state).toMatchObject({ phase: 'failed', confirmed: ['force'], refusal: { code: 'GUARD' } });
  });

  it('asks the caller’s own question before writing, and not again once answered', () => {
    const asked = run(previewing, previewed, { type: 'write', ask });
    expect(asked).toMatchObject({ phase: 'confirming', question: ask, retry: 'write' });
    expect(requestOf(writeFlowTransition(previewing, asked, { type: 'confirm' }))).toEqual({ step: 'write', confirmed: ['force'] });
    const confirmedEarlier = run(previewing, refused('GUARD'), { type: 'confirm' }, previewed, { type: 'write', ask });
    expect(confirmedEarlier.phase).toBe('writing');
  });

  it('on CONFLICT reloads, forgets the confirmations and previews again', () => {
    const conflict = run(previewing, refused('GUARD'), { type: 'confirm' }, previewed, { type: 'write' }, refused('CONFLICT'));
    expect(conflict).toEqual({ phase: 'conflict', refusal: { code: 'CONFLICT', message: 'refused: CONFLICT' } });
    const reloading = writeFlowTransition(previewing, conflict, { type: 'reload' });
    expect(reloading.phase).toBe('reloading');
    expect(requestOf(reloading)).toBeUndefined();
    expect(requestOf(writeFlowTransition(previewing, reloading, { type: 'reloaded' }))).toEqual({ step: 'preview', confirmed: [] });
  });

  it('retries a failed write as the same write, a failed preview as a preview', () => {
    const failedWrite = run(previewing, previewed, { type: 'write' }, refused('NETWORK_ERROR'));
    expect(failedWrite).toMatchObject({ phase: 'failed', retry: 'write', preview: plan });
    expect(writeFlowTransition(previewing, failedWrite, { type: 'retry' })).toEqual({ phase: 'writing', confirmed: [], preview: plan });
    const failedPreview = run(previewing, refused('NETWORK_ERROR'));
    expect(requestOf(writeFlowTransition(previewing, failedPreview, { type: 'retry' }))).toEqual({ step: 'preview', confirmed: [] });
  });

  it('keeps the dry run on screen while the write is pending, drops it for a no-op', () => {
    expect(previewOf(run(previewing, previewed, { type: 'write' }, written()))).toBe(plan);
    expect(previewOf(run(previewing, previewed, { type: 'write' }, written(false)))).toBeUndefined();
  });
});

describe('write flow without a preview', () => {
  it('starts ready to confirm, with nothing to show, and writes on confirmation', () => {
    const ready = run(direct);
    expect(ready).toEqual({ phase: 'ready', confirmed: [], preview: undefined });
    expect(requestOf(ready)).toBeUndefined();
    expect(run(direct, { type: 'write' }, written()).phase).toBe('pending');
  });

  it('comes back ready after a reload and ignores option changes', () => {
    expect(run(direct, { type: 'write' }, refused('CONFLICT'), { type: 'reload' }, { type: 'reloaded' }).phase).toBe('ready');
    expect(run(direct, { type: 'options-changed' }).phase).toBe('ready');
  });

  it('repeats a refused write with the confirmation', () => {
    const asked = run(direct, { type: 'write' }, refused('GUARD'));
    expect(requestOf(writeFlowTransition(direct, asked, { type: 'confirm' }))).toEqual({ step: 'write', confirmed: ['force'] });
  });
});
