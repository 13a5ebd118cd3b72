import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useReducer, useRef, useState } from 'react';
import { ApiRequestError } from '../../../lib/api-client.ts';
import { auditKeys, ruleKeys } from '../../../lib/query-keys.ts';
import { sendGovernanceWrite } from '../api/send-governance-write.ts';
import { flowTransition, initialFlow, requestOf } from '../governance-flow.ts';
import type { FlowState } from '../governance-flow.ts';
import { describeIntent } from '../governance-intent.ts';
import type { GovernanceIntent } from '../governance-intent.ts';
import type { GovernanceSubject } from '../governance-subject.ts';
import { expectedProviders } from '../pending-write.ts';
import { useGovernanceScope } from './governance-scope-context.ts';

export type FlowForm = { reason: string; legacy: boolean };

/**
 * Runs the confirmation flow: sends whatever request the state machine asks for (dry run or write,
 * with the flags the operator confirmed), feeds the answer back, and follows the write until the
 * scope sees the registry confirm it. expectedVersion is the rule version the page showed when the
 * dialog opened, refreshed only by an explicit reload after a CONFLICT.
 */
export function useGovernanceFlow(intent: GovernanceIntent, subject: GovernanceSubject, form: FlowForm) {
  const scope = useGovernanceScope();
  const queryClient = useQueryClient();
  const [state, dispatch] = useReducer(flowTransition, undefined, initialFlow);
  const [expectedVersion, setExpectedVersion] = useState(() => subject.expectedVersion);
  const [writeId, setWriteId] = useState<number>();
  const sentFor = useRef<FlowState>(undefined);
  const formRef = useRef(form);
  formRef.current = form;

  useEffect(() => {
    const request = requestOf(state);
    if (!request || sentFor.current === state) return;
    sentFor.current = state;
    const { reason, legacy } = formRef.current;
    sendGovernanceWrite(intent, { ...request.flags, dryRun: request.dryRun, reason, legacy, expectedVersion }).then(
      (result) => {
        if (request.dryRun) return dispatch({ type: 'preview-answered', result });
        if (result.status === 'applied') {
          const preview = state.phase === 'applying' ? state.preview : undefined;
          setWriteId(scope.track({ description: describeIntent(intent), expected: expectedProviders(intent, result, preview) }));
          void queryClient.invalidateQueries({ queryKey: ruleKeys.all });
          void queryClient.invalidateQueries({ queryKey: auditKeys.all });
        }
        dispatch({ type: 'apply-answered', result });
      },
      (error: unknown) => {
        const code = error instanceof ApiRequestError ? error.code : 'UNEXPECTED';
        const message = error instanceof Error ? error.message : String(error);
        dispatch({ type: 'refused', code, message });
      },
    );
  }, [state, intent, expectedVersion, scope, queryClient]);

  const reloadingFor = useRef<FlowState>(undefined);
  useEffect(() => {
    if (state.phase !== 'reloading' || reloadingFor.current === state) return;
    reloadingFor.current = state;
    void scope.reload().then((fresh) => {
      if (fresh) setExpectedVersion(fresh.expectedVersion);
      dispatch({ type: 'reloaded' });
    });
  }, [state, scope]);

  const write = scope.writes.find((candidate) => candidate.id === writeId);
  useEffect(() => {
    if (write?.status === 'confirmed') dispatch({ type: 'registry-confirmed' });
    if (write?.status === 'waiting') dispatch({ type: 'timed-out' });
  }, [write?.status]);

  return { state, dispatch, expectedVersion };
}
