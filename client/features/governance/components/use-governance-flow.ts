import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { GovernanceResult } from '@contract/governance.ts';
import { auditKeys, ruleKeys } from '../../../lib/query-keys.ts';
import { useWriteFlow } from '../../../lib/write-flow/use-write-flow.ts';
import type { WriteFlowRequest } from '../../../lib/write-flow/use-write-flow.ts';
import { sendGovernanceWrite } from '../api/send-governance-write.ts';
import { governanceFlowPolicy } from '../governance-flow.ts';
import type { GovernanceConfirmation } from '../governance-flow.ts';
import { describeIntent } from '../governance-intent.ts';
import type { GovernanceIntent, WriteOptions } from '../governance-intent.ts';
import type { GovernanceSubject } from '../governance-subject.ts';
import { expectedProviders } from '../pending-write.ts';
import { useGovernanceScope } from './governance-scope-context.ts';

/**
 * The shared write flow for one governance intent: the dry run and the write send the same request
 * (with the confirmations the operator gave), an applied write is tracked by the scope, and the scope
 * seeing its intended state in the live-refetched page is the registry's confirmation. expectedVersion
 * is the rule version the page showed when the dialog opened, refreshed only by an explicit reload
 * after a CONFLICT.
 */
export function useGovernanceFlow(intent: GovernanceIntent, subject: GovernanceSubject, legacy: boolean) {
  const scope = useGovernanceScope();
  const queryClient = useQueryClient();
  const [expectedVersion, setExpectedVersion] = useState(() => subject.expectedVersion);
  const [writeId, setWriteId] = useState<number>();
  const write = scope.writes.find((candidate) => candidate.id === writeId);

  const options = (request: WriteFlowRequest<GovernanceConfirmation>, dryRun: boolean): WriteOptions => ({
    dryRun,
    force: request.confirmed.includes('force'),
    replaceInvalid: request.confirmed.includes('replaceInvalid'),
    reason: request.reason,
    legacy,
    expectedVersion,
  });
  const flow = useWriteFlow<GovernanceResult, GovernanceResult, GovernanceConfirmation>(governanceFlowPolicy, {
    preview: (request) => sendGovernanceWrite(intent, options(request, true)),
    write: async (request, preview) => {
      const result = await sendGovernanceWrite(intent, options(request, false));
      if (result.status === 'applied') {
        setWriteId(scope.track({ description: describeIntent(intent), expected: expectedProviders(intent, result, preview) }));
        void queryClient.invalidateQueries({ queryKey: ruleKeys.all });
        void queryClient.invalidateQueries({ queryKey: auditKeys.all });
      }
      return result;
    },
    reload: async () => {
      const fresh = await scope.reload();
      if (fresh) setExpectedVersion(fresh.expectedVersion);
    },
    reached: write?.status === 'confirmed',
  });
  return { flow, expectedVersion };
}
