import type { GovernanceResult } from '@contract/governance.ts';
import type { WriteFlowPolicy, WriteFlowState } from '../../lib/write-flow/write-flow.ts';

/**
 * Governance writes (weights, enable/disable) on the shared write flow (lib/write-flow): always
 * previewed first; a guardrail refusal (last enabled provider, all weights zero) becomes a question
 * whose yes retries with `force`, an unreadable rule file one whose yes retries with `replaceInvalid`.
 */
export type GovernanceConfirmation = 'force' | 'replaceInvalid';
export type GovernanceFlowState = WriteFlowState<GovernanceResult, GovernanceResult, GovernanceConfirmation>;

export const GUARDRAIL_CODES: readonly string[] = ['LAST_PROVIDER', 'ALL_WEIGHTS_ZERO'];
export const INVALID_FILE_CODE = 'INVALID_RULE_FILE';

export const governanceFlowPolicy: WriteFlowPolicy<GovernanceResult, GovernanceConfirmation> = {
  previews: true,
  confirmationFor: (code) => (GUARDRAIL_CODES.includes(code) ? 'force' : code === INVALID_FILE_CODE ? 'replaceInvalid' : undefined),
  unchanged: (result) => result.status === 'noop',
};

/** Whether the dry run predicts no change at all (then there is nothing to apply). */
export function previewChangesNothing(preview: GovernanceResult): boolean {
  return preview.status === 'noop' || (preview.diff === '' && preview.legacy.created.length === 0 && preview.legacy.removed.length === 0);
}
