import type { GovernanceResult } from '@contract/governance.ts';
import type { WriteFlowWording } from '../../components/write-flow/write-flow-notice.tsx';
import type { GovernanceIntent } from './governance-intent.ts';

/** The second question a guardrail refusal turns into, in the operator's words. */
export function forceQuestion(code: string, intent: GovernanceIntent): string {
  if (code === 'LAST_PROVIDER') {
    return intent.addresses.length === 1 ? 'Disable the last enabled provider anyway?' : 'Disable every remaining enabled provider anyway?';
  }
  if (code === 'ALL_WEIGHTS_ZERO') return 'Set every provider’s weight to 0 anyway? Dubbo then spreads calls evenly, ignoring weights.';
  return 'Apply anyway?';
}

/** What the operator is told while a write waits for, or has received, the registry's confirmation. */
export function pendingWording(phase: 'pending' | 'waiting' | 'confirmed', version: number | null): string {
  const written = version === null ? 'The rule was written' : `The rule was written (ZooKeeper version ${version})`;
  if (phase === 'pending') return `Applying… ${written}; waiting for the registry watch to show the change.`;
  if (phase === 'waiting') {
    return `Written, waiting for the registry. ${written}, but after 10 s the registry still does not show the intended state. The page updates by itself when it does; check the connection indicator if it does not.`;
  }
  return `Confirmed by the registry. ${written} and the providers now show the intended state.`;
}

/** The governance dialog's messages for the phases the shared write flow shows. */
export const governanceWording: WriteFlowWording<GovernanceResult> = {
  previewing: 'Computing the effect (dry run, nothing is written)…',
  reloading: 'Reloading the current state and its rule…',
  conflict: 'Nothing was written. Reloading fetches the current rule and previews your change against it again.',
  failedTitle: (retry) => (retry === 'write' ? 'The change was not applied' : 'The preview failed'),
  written: (phase, result) => pendingWording(phase, result.version),
  confirmedTitle: 'Confirmed',
  noop: 'The registry already had this state; nothing was written.',
};
