/**
 * Every console write as one pure state machine: preview (a dry run, optional) → confirm with a reason
 * → write → pending until the live registry data shows the written state (never optimistic). A refusal
 * the policy knows becomes a second question whose yes retries the refused step with that confirmation
 * set (`force`, `replaceInvalid`, `confirmDelete`, …); a stale expected version (CONFLICT) asks to reload
 * and preview again, forgetting the confirmations given. The caller sends the request `requestOf(state)`
 * names and feeds the answer back as an event (use-write-flow.ts does both).
 */
export type Refusal = { code: string; message: string };
/** A second question: the refusal (or the caller's own warning) and the confirmation a yes adds. */
export type Question<C extends string> = Refusal & { confirmation: C };
export type Step = 'preview' | 'write';

/**
 * P: what a dry run answers; R: what the write answers; C: the names of the second confirmations.
 * `preview` is undefined only for a flow that does not preview.
 */
export type WriteFlowState<P, R, C extends string> =
  | { phase: 'previewing'; confirmed: readonly C[] }
  | { phase: 'ready'; confirmed: readonly C[]; preview: P | undefined }
  | { phase: 'writing'; confirmed: readonly C[]; preview: P | undefined }
  | { phase: 'confirming'; confirmed: readonly C[]; question: Question<C>; retry: Step; preview: P | undefined }
  | { phase: 'conflict'; refusal: Refusal }
  | { phase: 'reloading' }
  | { phase: 'failed'; confirmed: readonly C[]; refusal: Refusal; retry: Step; preview: P | undefined }
  | { phase: 'pending' | 'waiting' | 'confirmed'; result: R; preview: P | undefined }
  | { phase: 'noop'; result: R };

export type WriteFlowEvent<P, R, C extends string> =
  | { type: 'previewed'; preview: P }
  /** The operator confirmed the write; `ask`: a question to answer first unless already confirmed. */
  | { type: 'write'; ask?: Question<C> }
  | { type: 'written'; result: R }
  | { type: 'refused'; refusal: Refusal }
  /** Yes to the second question. */
  | { type: 'confirm' }
  | { type: 'retry' }
  | { type: 'reload' }
  | { type: 'reloaded' }
  /** The operator changed something the preview depends on: preview again. */
  | { type: 'options-changed' }
  | { type: 'registry-confirmed' }
  | { type: 'timed-out' };

export type WriteFlowPolicy<R, C extends string> = {
  /** Whether the flow starts with a dry run (and previews again after a reload). */
  readonly previews: boolean;
  /** The confirmation a refusal code asks for, if a yes can overrule it. */
  readonly confirmationFor: (code: string) => C | undefined;
  /** A write answer that changed nothing: there is nothing to wait for. */
  readonly unchanged: (result: R) => boolean;
};

export const CONFLICT_CODE = 'CONFLICT';
/** How long a pending write waits for the registry before the dialog says it is still waiting. */
export const CONFIRM_TIMEOUT_MS = 10_000;

export function initialWriteFlow<P, R, C extends string>(policy: WriteFlowPolicy<R, C>): WriteFlowState<P, R, C> {
  return policy.previews ? { phase: 'previewing', confirmed: [] } : { phase: 'ready', confirmed: [], preview: undefined };
}

export function writeFlowTransition<P, R, C extends string>(
  policy: WriteFlowPolicy<R, C>,
  state: WriteFlowState<P, R, C>,
  event: WriteFlowEvent<P, R, C>,
): WriteFlowState<P, R, C> {
  switch (event.type) {
    case 'previewed':
      return state.phase === 'previewing' ? { phase: 'ready', confirmed: state.confirmed, preview: event.preview } : state;
    case 'write':
      if (state.phase !== 'ready') return state;
      if (event.ask && !state.confirmed.includes(event.ask.confirmation)) {
        return { phase: 'confirming', confirmed: state.confirmed, question: event.ask, retry: 'write', preview: state.preview };
      }
      return { phase: 'writing', confirmed: state.confirmed, preview: state.preview };
    case 'written':
      if (state.phase !== 'writing') return state;
      return policy.unchanged(event.result) ? { phase: 'noop', result: event.result } : { phase: 'pending', result: event.result, preview: state.preview };
    case 'refused':
      return refused(policy, state, event.refusal);
    case 'confirm':
      return state.phase === 'confirming' ? retried(policy, [...state.confirmed, state.question.confirmation], state.retry, state.preview) : state;
    case 'retry':
      return state.phase === 'failed' ? retried(policy, state.confirmed, state.retry, state.preview) : state;
    case 'reload':
      return state.phase === 'conflict' ? { phase: 'reloading' } : state;
    case 'reloaded':
      return state.phase === 'reloading' ? initialWriteFlow(policy) : state;
    case 'options-changed':
      return policy.previews && (state.phase === 'ready' || state.phase === 'failed') ? { phase: 'previewing', confirmed: state.confirmed } : state;
    case 'registry-confirmed':
      return state.phase === 'pending' || state.phase === 'waiting' ? { ...state, phase: 'confirmed' } : state;
    case 'timed-out':
      return state.phase === 'pending' ? { ...state, phase: 'waiting' } : state;
  }
}

function refused<P, R, C extends string>(policy: WriteFlowPolicy<R, C>, state: WriteFlowState<P, R, C>, refusal: Refusal): WriteFlowState<P, R, C> {
  if (state.phase !== 'previewing' && state.phase !== 'writing') return state;
  if (refusal.code === CONFLICT_CODE) return { phase: 'conflict', refusal };
  const retry: Step = state.phase === 'writing' ? 'write' : 'preview';
  const preview = state.phase === 'writing' ? state.preview : undefined;
  const confirmation = policy.confirmationFor(refusal.code);
  // Asked once: refused again despite the yes, it is a failure like any other.
  if (confirmation !== undefined && !state.confirmed.includes(confirmation)) {
    return { phase: 'confirming', confirmed: state.confirmed, question: { ...refusal, confirmation }, retry, preview };
  }
  return { phase: 'failed', confirmed: state.confirmed, refusal, retry, preview };
}

/** Repeat the step that was refused: a write as the same write, a preview (or a flow without one) from the start. */
function retried<P, R, C extends string>(policy: WriteFlowPolicy<R, C>, confirmed: readonly C[], retry: Step, preview: P | undefined): WriteFlowState<P, R, C> {
  if (retry === 'write') return { phase: 'writing', confirmed, preview };
  return policy.previews ? { phase: 'previewing', confirmed } : { phase: 'ready', confirmed, preview: undefined };
}

/** The request the current state needs sent, if any. */
export function requestOf<P, R, C extends string>(state: WriteFlowState<P, R, C>): { step: Step; confirmed: readonly C[] } | undefined {
  if (state.phase === 'previewing') return { step: 'preview', confirmed: state.confirmed };
  if (state.phase === 'writing') return { step: 'write', confirmed: state.confirmed };
  return undefined;
}

/** The dialog may be dismissed at any point except while the write itself is in flight. */
export function canClose(state: { phase: string }): boolean {
  return state.phase !== 'writing';
}

/** The dry run the state shows, if any (a finished no-op shows none: nothing changes). */
export function previewOf<P, R, C extends string>(state: WriteFlowState<P, R, C>): P | undefined {
  return 'preview' in state ? state.preview : undefined;
}
