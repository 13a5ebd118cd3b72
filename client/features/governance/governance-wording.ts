import type { GovernanceResult } from '@contract/governance.ts';
import type { WriteFlowWording } from '../../components/write-flow/write-flow-notice.tsx';
import { i18n } from '../../i18n/i18n.ts';
import type { GovernanceIntent } from './governance-intent.ts';

/** The second question a guardrail refusal turns into, in the operator's words. */
export function forceQuestion(code: string, intent: GovernanceIntent): string {
  if (code === 'LAST_PROVIDER') {
    return intent.addresses.length === 1 ? i18n.t('governance:question.lastProvider') : i18n.t('governance:question.lastProviders');
  }
  if (code === 'ALL_WEIGHTS_ZERO') return i18n.t('governance:question.allWeightsZero');
  return i18n.t('governance:question.force');
}

/** What the operator is told while a write waits for, or has received, the registry's confirmation (whole sentences per case). */
export function pendingWording(phase: 'pending' | 'waiting' | 'confirmed', version: number | null): string {
  return version === null ? i18n.t(`governance:pending.${phase}`) : i18n.t(`governance:pending.${phase}Version`, { version });
}

/** The governance dialog's messages for the phases the shared write flow shows, read when shown (so they follow the language). */
export const governanceWording: WriteFlowWording<GovernanceResult> = {
  get previewing() {
    return i18n.t('governance:flow.previewing');
  },
  get reloading() {
    return i18n.t('governance:flow.reloading');
  },
  get conflict() {
    return i18n.t('governance:flow.conflict');
  },
  failedTitle: (retry) => (retry === 'write' ? i18n.t('governance:flow.failedWrite') : i18n.t('governance:flow.failedPreview')),
  written: (phase, result) => pendingWording(phase, result.version),
  get confirmedTitle() {
    return i18n.t('governance:flow.confirmedTitle');
  },
  get noop() {
    return i18n.t('governance:flow.noop');
  },
};
