import { describe, expect, it } from 'vitest';
import type { GovernanceResult } from '@contract/governance.ts';
import { canClose, flowTransition, initialFlow, requestOf } from '../../../client/features/governance/governance-flow.ts';
import type { FlowEvent, FlowState } from '../../../client/features/governance/governance-flow.ts';

const result = (status: GovernanceResult['status']): GovernanceResult => ({
  status,
  rule: { node: 'com.foo.DemoService::.configurators', label: 'com.foo.DemoService::.configurators', path: '/dubbo/config/dubbo/x', kind: 'configurators', scope: 'service' },
  version: status === 'applied' ? 3 : null,
  before: 'a\n',
  after: 'b\n',
  diff: '--- a/x\n+++ b/x\n@@ -1 +1 @@\n-a\n+b\n',
  legacy: { created: [], removed: [] },
  preview: [],
  warnings: [],
  auditId: null,
  historyVersion: null,
});

function run(...events: FlowEvent[]): FlowState {
  return events.reduce(flowTransition, initialFlow());
}

describe('governance confirmation flow', () => {
  it('starts with a dry run and sends the real write only after Apply', () => {
    expect(requestOf(initialFlow())).toEqual({ dryRun: true, flags: { force: false, replaceInvalid: false } });
    const ready = run({ type: 'preview-answered', result: result('preview') });
    expect(ready.phase).toBe('ready');
    expect(requestOf(ready)).toBeUndefined();
    const applying = flowTransition(ready, { type: 'apply' });
    expect(requestOf(applying)).toEqual({ dryRun: false, flags: { force: false, replaceInvalid: false } });
    expect(canClose(applying)).toBe(false);
  });

  it.each<[string, FlowEvent[], FlowState['phase']]>([
    ['applied → pending (never optimistic)', [{ type: 'preview-answered', result: result('preview') }, { type: 'apply' }, { type: 'apply-answered', result: result('applied') }], 'pending'],
    ['noop → nothing to wait for', [{ type: 'preview-answered', result: result('preview') }, { type: 'apply' }, { type: 'apply-answered', result: result('noop') }], 'noop'],
    ['pending → confirmed by the registry', [{ type: 'preview-answered', result: result('preview') }, { type: 'apply' }, { type: 'apply-answered', result: result('applied') }, { type: 'registry-confirmed' }], 'confirmed'],
    ['pending → waiting after the timeout', [{ type: 'preview-answered', result: result('preview') }, { type: 'apply' }, { type: 'apply-answered', result: result('applied') }, { type: 'timed-out' }], 'waiting'],
    ['waiting → confirmed late', [{ type: 'preview-answered', result: result('preview') }, { type: 'apply' }, { type: 'apply-answered', result: result('applied') }, { type: 'timed-out' }, { type: 'registry-confirmed' }], 'confirmed'],
    ['a late dry-run answer is ignored once applying', [{ type: 'preview-answered', result: result('preview') }, { type: 'apply' }, { type: 'preview-answered', result: result('preview') }], 'applying'],
    ['confirmation before any write is ignored', [{ type: 'registry-confirmed' }], 'previewing'],
    ['a validation error fails the preview', [{ type: 'refused', code: 'WEIGHT_OUT_OF_RANGE', message: 'no' }], 'failed'],
    ['the legacy checkbox re-runs the preview', [{ type: 'preview-answered', result: result('preview') }, { type: 'options-changed' }], 'previewing'],
  ])('%s', (_name, events, phase) => {
    expect(run(...events).phase).toBe(phase);
  });

  it('turns a guardrail refusal of the write into a second confirmation that retries the write with force', () => {
    const refused = run({ type: 'preview-answered', result: result('preview') }, { type: 'apply' }, { type: 'refused', code: 'LAST_PROVIDER', message: 'last one' });
    expect(refused).toMatchObject({ phase: 'confirm-force', retry: 'apply', refusal: { code: 'LAST_PROVIDER' } });
    expect(requestOf(refused)).toBeUndefined();
    const forced = flowTransition(refused, { type: 'confirm' });
    expect(requestOf(forced)).toEqual({ dryRun: false, flags: { force: true, replaceInvalid: false } });
  });

  it('re-previews with force when the dry run itself hits a guardrail', () => {
    const refused = run({ type: 'refused', code: 'ALL_WEIGHTS_ZERO', message: 'all zero' });
    expect(refused).toMatchObject({ phase: 'confirm-force', retry: 'preview' });
    expect(requestOf(flowTransition(refused, { type: 'confirm' }))).toEqual({ dryRun: true, flags: { force: true, replaceInvalid: false } });
  });

  it('does not ask twice: a guardrail refusal despite force is a failure', () => {
    const forced = flowTransition(run({ type: 'refused', code: 'LAST_PROVIDER', message: 'x' }), { type: 'confirm' });
    expect(flowTransition(forced, { type: 'refused', code: 'LAST_PROVIDER', message: 'x' }).phase).toBe('failed');
  });

  it('asks before replacing an invalid rule file, then previews the replacement', () => {
    const refused = run({ type: 'refused', code: 'INVALID_RULE_FILE', message: 'bad yaml' });
    expect(refused.phase).toBe('confirm-replace');
    const replacing = flowTransition(refused, { type: 'confirm' });
    expect(requestOf(replacing)).toEqual({ dryRun: true, flags: { force: false, replaceInvalid: true } });
    const ready = flowTransition(replacing, { type: 'preview-answered', result: result('preview') });
    expect(requestOf(flowTransition(ready, { type: 'apply' }))).toEqual({ dryRun: false, flags: { force: false, replaceInvalid: true } });
  });

  it('on CONFLICT reloads, forgets the confirmations and previews again', () => {
    const forced = flowTransition(run({ type: 'refused', code: 'LAST_PROVIDER', message: 'x' }), { type: 'confirm' });
    const ready = flowTransition(forced, { type: 'preview-answered', result: result('preview') });
    const conflict = flowTransition(flowTransition(ready, { type: 'apply' }), { type: 'refused', code: 'CONFLICT', message: 'stale' });
    expect(conflict.phase).toBe('conflict');
    const reloading = flowTransition(conflict, { type: 'reload' });
    expect(reloading.phase).toBe('reloading');
    expect(requestOf(reloading)).toBeUndefined();
    expect(requestOf(flowTransition(reloading, { type: 'reloaded' }))).toEqual({ dryRun: true, flags: { force: false, replaceInvalid: false } });
  });

  it('retries a failed write as a write, a failed preview as a preview', () => {
    const failedWrite = run({ type: 'preview-answered', result: result('preview') }, { type: 'apply' }, { type: 'refused', code: 'NETWORK_ERROR', message: 'down' });
    expect(requestOf(flowTransition(failedWrite, { type: 'retry' }))?.dryRun).toBe(false);
    const failedPreview = run({ type: 'refused', code: 'NETWORK_ERROR', message: 'down' });
    expect(requestOf(flowTransition(failedPreview, { type: 'retry' }))?.dryRun).toBe(true);
  });
});
