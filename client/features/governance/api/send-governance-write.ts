import { governanceResultSchema } from '@contract/governance.ts';
import type { GovernanceResult } from '@contract/governance.ts';
import { apiSend } from '../../../lib/api-client.ts';
import { governanceRequest } from '../governance-intent.ts';
import type { GovernanceIntent, WriteOptions } from '../governance-intent.ts';

/**
 * One governance write or its dry run. Not a useMutation: the confirmation flow drives retries
 * (force, replaceInvalid, reload) itself, and nothing is written to the cache — the live change event
 * refetches the service detail, which is what confirms the write.
 */
export function sendGovernanceWrite(intent: GovernanceIntent, options: WriteOptions): Promise<GovernanceResult> {
  const request = governanceRequest(intent, options);
  return apiSend(request.method, request.path, request.body, governanceResultSchema);
}
