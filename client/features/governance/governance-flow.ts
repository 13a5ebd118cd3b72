import type { GovernanceResult } from '@contract/governance.ts';

/**
 * The confirmation dialog as a pure state machine. Every write is previewed first (dry run); the
 * operator then applies it, and it stays pending until the registry watch shows the intended state —
 * never optimistic. Refusals become explicit second confirmations: a guardrail (last enabled provider,
 * all weights zero) retries with `force`, an unreadable rule file with `replaceInvalid`; a stale
 * expectedVersion (CONFLICT) asks to reload and preview again. The component only sends the request
 * `requestOf(state)` names and feeds the answer back as an event.
 */
export type Flags = { force: boolean; replaceInvalid: boolean };
export type Refusal = { code: string; message: string };
export type Step = 'preview' | 'apply';

export type FlowState =
  | { phase: 'previewing'; flags: Flags }
  | { phase: 'ready'; flags: Flags; preview: GovernanceResult }
  | { phase: 'applying'; flags: Flags; preview: GovernanceResult }
  | { phase: 'confirm-force'; flags: Flags; refusal: Refusal; retry: Step; preview: GovernanceResult | undefined }
  | { phase: 'confirm-replace'; flags: Flags; refusal: Refusal; retry: Step; preview: GovernanceResult | undefined }
  | { phase: 'conflict'; flags: Flags; refusal: Refusal }
  | { phase: 'reloading'; flags: Flags }
  | { phase: 'failed'; flags: Flags; refusal: Refusal; retry: Step; preview: GovernanceResult | undefined }
  | { phase: 'pending'; result: GovernanceResult; preview: GovernanceResult }
  | { phase: 'waiting'; result: GovernanceResult; preview: GovernanceResult }
  | { phase: 'confirmed'; result: GovernanceResult; preview: GovernanceResult }
  | { phase: 'noop'; result: GovernanceResult };

export type FlowEvent =
  | { type: 'preview-answered'; result: GovernanceResult }
  | { type: 'apply' }
  | { type: 'apply-answered'; result: GovernanceResult }
  | { type: 'refused'; code: string; message: string }
  | { type: 'confirm' }
  | { type: 'retry' }
  | { type: 'reload' }
  | { type: 'reloaded' }
  /** The operator changed what the preview depends on (the legacy copy): preview again. */
  | { type: 'options-changed' }
  | { type: 'registry-confirmed' }
  | { type: 'timed-out' };

export const GUARDRAIL_CODES: readonly string[] = ['LAST_PROVIDER', 'ALL_WEIGHTS_ZERO'];
export const INVALID_FILE_CODE = 'INVALID_RULE_FILE';
export const CONFLICT_CODE = 'CONFLICT';
/** How long "Applying…" waits for the registry watch before saying so. */
export const CONFIRM_TIMEOUT_MS = 10_000;

const NO_FLAGS: Flags = { force: false, replaceInvalid: false };

export function initialFlow(): FlowState {
  return { phase: 'previewing', flags: NO_FLAGS };
}

export function flowTransition(state: FlowState, event: FlowEvent): FlowState {
  switch (event.type) {
    case 'preview-answered':
      return state.phase === 'previewing' ? { phase: 'ready', flags: state.flags, preview: event.result } : state;
    case 'apply':
      return state.phase === 'ready' ? { phase: 'applying', flags: state.flags, preview: state.preview } : state;
    case 'apply-answered':
      if (state.phase !== 'applying') return state;
      return event.result.status === 'noop'
        ? { phase: 'noop', result: event.result }
        : { phase: 'pending', result: event.result, preview: state.preview };
    case 'refused':
      return refused(state, { code: event.code, message: event.message });
    case 'confirm':
      return confirmed(state);
    case 'retry':
      if (state.phase !== 'failed') return state;
      return state.retry === 'apply' && state.preview
        ? { phase: 'applying', flags: state.flags, preview: state.preview }
        : { phase: 'previewing', flags: state.flags };
    case 'reload':
      return state.phase === 'conflict' ? { phase: 'reloading', flags: NO_FLAGS } : state;
    case 'reloaded':
      return state.phase === 'reloading' ? { phase: 'previewing', flags: NO_FLAGS } : state;
    case 'options-changed':
      return state.phase === 'ready' || state.phase === 'failed' ? { phase: 'previewing', flags: state.flags } : state;
    case 'registry-confirmed':
      return state.phase === 'pending' || state.phase === 'waiting' ? { ...state, phase: 'confirmed' } : state;
    case 'timed-out':
      return state.phase === 'pending' ? { ...state, phase: 'waiting' } : state;
  }
}

function refused(state: FlowState, refusal: Refusal): FlowState {
  if (state.phase !== 'previewing' && state.phase !== 'applying') return state;
  const retry: Step = state.phase === 'applying' ? 'apply' : 'preview';
  const preview = state.phase === 'applying' ? state.preview : undefined;
  if (refusal.code === CONFLICT_CODE) return { phase: 'conflict', flags: state.flags, refusal };
  if (GUARDRAIL_CODES.includes(refusal.code) && !state.flags.force) {
    return { phase: 'confirm-force', flags: state.flags, refusal, retry, preview };
  }
  if (refusal.code === INVALID_FILE_CODE && !state.flags.replaceInvalid) {
    return { phase: 'confirm-replace', flags: state.flags, refusal, retry, preview };
  }
  return { phase: 'failed', flags: state.flags, refusal, retry, preview };
}

/** The operator accepted the second confirmation: retry the refused step with the flag set. */
function confirmed(state: FlowState): FlowState {
  if (state.phase !== 'confirm-force' && state.phase !== 'confirm-replace') return state;
  const flags: Flags =
    state.phase === 'confirm-force' ? { ...state.flags, force: true } : { ...state.flags, replaceInvalid: true };
  return state.retry === 'apply' && state.preview
    ? { phase: 'applying', flags, preview: state.preview }
    : { phase: 'previewing', flags };
}

/** The request the current state needs sent, if any. */
export function requestOf(state: FlowState): { dryRun: boolean; flags: Flags } | undefined {
  if (state.phase === 'previewing') return { dryRun: true, flags: state.flags };
  if (state.phase === 'applying') return { dryRun: false, flags: state.flags };
  return undefined;
}

/** The dialog may be dismissed at any point except while the write itself is in flight. */
export function canClose(state: FlowState): boolean {
  return state.phase !== 'applying';
}
