import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { ApiRequestError } from '../api-client.ts';
import { apiErrorText } from '../api-error-text.ts';
import { CONFIRM_TIMEOUT_MS, initialWriteFlow, requestOf, writeFlowTransition } from './write-flow.ts';
import type { Refusal, WriteFlowEvent, WriteFlowPolicy, WriteFlowState } from './write-flow.ts';

/** What the operator confirmed when a request goes out: the second confirmations and the reason, as typed. */
export type WriteFlowRequest<C extends string> = { confirmed: readonly C[]; reason: string };

export type WriteFlowHandlers<P, R, C extends string> = {
  /** The dry run; required when the policy previews. */
  preview?: (request: WriteFlowRequest<C>) => Promise<P>;
  /** The write itself, with the dry run it was confirmed from. Invalidate what it changed here. */
  write: (request: WriteFlowRequest<C>, preview: P | undefined) => Promise<R>;
  /** After a CONFLICT: refetch what the operator saw (and the version the next request expects). */
  reload: () => Promise<unknown>;
  /** Whether the live data now shows the written state; watched while the write is pending. */
  reached: boolean;
};

export type WriteFlow<P, R, C extends string> = {
  state: WriteFlowState<P, R, C>;
  dispatch: (event: WriteFlowEvent<P, R, C>) => void;
  reason: string;
  setReason: (reason: string) => void;
};

/** A failed request as the flow sees it: the API's stable code (or UNEXPECTED) and its text in the console's language. */
export function refusalOf(error: unknown): Refusal {
  return {
    code: error instanceof ApiRequestError ? error.code : 'UNEXPECTED',
    message: apiErrorText(error),
  };
}

/**
 * Runs write-flow.ts against the API: sends whatever request the state asks for (each state once),
 * feeds the answer back, reloads after a CONFLICT, and follows a written change until `reached` says
 * the registry shows it — or says so after CONFIRM_TIMEOUT_MS. Handlers are read at the moment a
 * request goes out, so they may be new functions on every render.
 */
export function useWriteFlow<P, R, C extends string>(policy: WriteFlowPolicy<R, C>, handlers: WriteFlowHandlers<P, R, C>): WriteFlow<P, R, C> {
  const reducer = useMemo(() => (state: WriteFlowState<P, R, C>, event: WriteFlowEvent<P, R, C>) => writeFlowTransition(policy, state, event), [policy]);
  const [state, dispatch] = useReducer(reducer, policy, initialWriteFlow<P, R, C>);
  const [reason, setReason] = useState('');
  const latest = useRef({ handlers, reason });
  latest.current = { handlers, reason };

  const sentFor = useRef<WriteFlowState<P, R, C>>(undefined);
  useEffect(() => {
    const request = requestOf(state);
    if (!request || sentFor.current === state) return;
    sentFor.current = state;
    const { handlers: current, reason: typed } = latest.current;
    const sent = { confirmed: request.confirmed, reason: typed };
    const refuse = (error: unknown) => dispatch({ type: 'refused', refusal: refusalOf(error) });
    if (request.step === 'write') {
      const preview = state.phase === 'writing' ? state.preview : undefined;
      current.write(sent, preview).then((result) => dispatch({ type: 'written', result }), refuse);
    } else if (current.preview) {
      current.preview(sent).then((preview) => dispatch({ type: 'previewed', preview }), refuse);
    } else {
      refuse(new Error('This write flow previews but was given no preview request'));
    }
  }, [state]);

  const reloadingFor = useRef<WriteFlowState<P, R, C>>(undefined);
  useEffect(() => {
    if (state.phase !== 'reloading' || reloadingFor.current === state) return;
    reloadingFor.current = state;
    const done = () => dispatch({ type: 'reloaded' });
    latest.current.handlers.reload().then(done, done);
  }, [state]);

  const { reached } = handlers;
  const waiting = state.phase === 'pending' || state.phase === 'waiting';
  useEffect(() => {
    if (waiting && reached) dispatch({ type: 'registry-confirmed' });
  }, [waiting, reached]);
  useEffect(() => {
    if (state.phase !== 'pending') return;
    const timer = setTimeout(() => dispatch({ type: 'timed-out' }), CONFIRM_TIMEOUT_MS);
    return () => clearTimeout(timer);
  }, [state.phase]);

  return { state, dispatch, reason, setReason };
}
