import type { RollbackResult } from '@contract/rules.ts';
import { i18n } from '../../i18n/i18n.ts';
import type { Question, WriteFlowPolicy, WriteFlowState } from '../../lib/write-flow/write-flow.ts';

/**
 * Rollback on the shared write flow (lib/write-flow): dry run → (an explicit delete question when the
 * restored state is "did not exist", asked before the write or when the server demands it) → write →
 * pending until the rule page shows the restored text.
 */
export type RollbackConfirmation = 'confirmDelete';
export type RollbackFlowState = WriteFlowState<RollbackResult, RollbackResult, RollbackConfirmation>;

export const CONFIRM_DELETE_CODE = 'CONFIRM_DELETE_REQUIRED';

export const rollbackFlowPolicy: WriteFlowPolicy<RollbackResult, RollbackConfirmation> = {
  previews: true,
  confirmationFor: (code) => (code === CONFIRM_DELETE_CODE ? 'confirmDelete' : undefined),
  unchanged: (result) => result.status === 'noop',
};

/** The question Roll back asks first when restoring deletes the file (its message read in the current language). */
export const DELETE_QUESTION: Question<RollbackConfirmation> = {
  confirmation: 'confirmDelete',
  code: CONFIRM_DELETE_CODE,
  get message() {
    return i18n.t('rules:rollback.deleteQuestion');
  },
};

/** Whether the rule page now shows the restored state (`null` target: the node is gone). */
export function rollbackReached(target: string | null, current: { text: string } | undefined, gone: boolean): boolean {
  if (target === null) return gone;
  return !gone && current !== undefined && current.text === target;
}
