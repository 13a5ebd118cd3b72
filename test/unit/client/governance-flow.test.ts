import { describe, expect, it } from 'vitest';
import type { GovernanceResult } from '@contract/governance.ts';
import { governanceFlowPolicy, previewChangesNothing } from '../../../client/features/governance/governance-flow.ts';
import type { GovernanceConfirmation, GovernanceFlowState } from '../../../client/features/governance/governance-flow.ts';
import { initialWriteFlow, requestOf, writeFlowTransition } from '../../../client/lib/write-flow/write-flow.ts';
import type { WriteFlowEvent } from '../../../client/lib/write-flow/write-flow.ts';
import { writeResult } from '../../support/write-result.ts';

type Event = WriteFlowEvent<GovernanceResult, GovernanceResult, GovernanceConfirmation>;

const result = (status: GovernanceResult['status'], diff?: string): GovernanceResult => writeResult(status, diff === undefined ? {} : { diff });

const previewed: Event = { type: 'previewed', preview: result('preview') };
const refused = (code: string): Event => ({ type: 'refused', refusal: { code, message: code } });

function run(...events: Event[]): GovernanceFlowState {
  return events.reduce<GovernanceFlowState>((state, event) => writeFlowTransition(governanceFlowPolicy, state, event), initialWriteFlow(governanceFlowPolicy));
}

describe('governance write policy', () => {
  it('previews first and waits for the registry after an applied write', () => {
    expect(requestOf(run())).toEqual({ step: 'preview', confirmed: [] });
    expect(run(previewed, { type: 'write' }, { type: 'written', result: result('applied') }).phase).toBe('pending');
    expect(run(previewed, { type: 'write' }, { type: 'written', result: result('noop') }).phase).toBe('noop');
  });

  it.each(['LAST_PROVIDER', 'ALL_WEIGHTS_ZERO'])('asks before overruling the %s guardrail, then retries with force', (code) => {
    const asked = run(previewed, { type: 'write' }, refused(code));
    expect(asked).toMatchObject({ phase: 'confirming', question: { confirmation: 'force', code } });
    expect(requestOf(writeFlowTransition(governanceFlowPolicy, asked, { type: 'confirm' }))).toEqual({ step: 'write', confirmed: ['force'] });
  });

  it('asks before replacing an invalid rule file, then previews the replacement and writes it', () => {
    const asked = run(refused('INVALID_RULE_FILE'));
    expect(asked).toMatchObject({ phase: 'confirming', question: { confirmation: 'replaceInvalid' }, retry: 'preview' });
    const replacing = writeFlowTransition(governanceFlowPolicy, asked, { type: 'confirm' });
    expect(requestOf(replacing)).toEqual({ step: 'preview', confirmed: ['replaceInvalid'] });
    const writing = [previewed, { type: 'write' } as Event].reduce<GovernanceFlowState>((state, event) => writeFlowTransition(governanceFlowPolicy, state, event), replacing);
    expect(requestOf(writing)).toEqual({ step: 'write', confirmed: ['replaceInvalid'] });
  });

  it('treats a validation error as a failure, not a question', () => {
    expect(run(refused('WEIGHT_OUT_OF_RANGE')).phase).toBe('failed');
  });

  it('offers no Apply when the dry run predicts no change', () => {
    expect(previewChangesNothing(result('noop'))).toBe(true);
    expect(previewChangesNothing(result('preview', ''))).toBe(true);
    expect(previewChangesNothing(result('preview'))).toBe(false);
    expect(previewChangesNothing({ ...result('preview', ''), legacy: { created: ['override://x'], removed: [] } })).toBe(false);
  });
});
