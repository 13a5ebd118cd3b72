import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { WriteFlowDialog } from '../../../components/write-flow/write-flow-dialog.tsx';
import { previewOf } from '../../../lib/write-flow/write-flow.ts';
import { previewChangesNothing } from '../governance-flow.ts';
import { describeIntent } from '../governance-intent.ts';
import type { GovernanceIntent } from '../governance-intent.ts';
import type { GovernanceSubject } from '../governance-subject.ts';
import { governanceWording } from '../governance-wording.ts';
import styles from './governance-dialog.module.css';
import { GovernanceQuestion } from './governance-question.tsx';
import { PreviewDetails } from './preview-details.tsx';
import { useGovernanceFlow } from './use-governance-flow.ts';

type GovernanceDialogProps = { intent: GovernanceIntent; subject: GovernanceSubject; onClose: () => void };

/**
 * Preview → confirm → apply → wait for the registry, for one governance intent. Nothing is written
 * until Apply; the preview is the server's own dry run of exactly the request Apply sends.
 */
export function GovernanceDialog({ intent, subject, onClose }: GovernanceDialogProps) {
  const { t } = useTranslation('governance');
  const [legacy, setLegacy] = useState(() => subject.legacy === 'recommended');
  const { flow, expectedVersion } = useGovernanceFlow(intent, subject, legacy);
  const preview = previewOf(flow.state);
  const legacyOption =
    subject.legacy === 'unavailable' ? null : (
      <label className={styles.check}>
        <input
          type="checkbox"
          checked={legacy}
          disabled={flow.state.phase !== 'ready'}
          onChange={(event) => {
            setLegacy(event.target.checked);
            flow.dispatch({ type: 'options-changed' });
          }}
        />
        <Trans t={t} i18nKey="dialog.legacy" components={{ code: <code /> }} />
        {subject.legacy === 'recommended' ? <span className={styles.hint}>{t('dialog.legacyRecommended')}</span> : null}
      </label>
    );

  return (
    <WriteFlowDialog
      title={describeIntent(intent)}
      flow={flow}
      onClose={onClose}
      intro={
        <p className={styles.target}>
          <TargetLabel intent={intent} version={expectedVersion < 0 ? t('dialog.noRuleFile') : String(expectedVersion)} />
        </p>
      }
      renderQuestion={(question) => <GovernanceQuestion question={question} intent={intent} subject={subject} />}
      renderPreview={(shown) => <PreviewDetails preview={shown} />}
      options={legacyOption}
      reasonPlaceholder={t('dialog.reasonPlaceholder')}
      wording={governanceWording}
      action={{ label: t('dialog.apply'), busyLabel: t('dialog.applying'), tone: intent.action === 'disable' ? 'danger' : 'primary', disabled: preview !== undefined && previewChangesNothing(preview) }}
      confirmLabel={(question) =>
        question.confirmation === 'replaceInvalid' ? t('dialog.replaceInvalid') : intent.action === 'disable' ? t('dialog.disableAnyway') : t('dialog.applyAnyway')
      }
    />
  );
}

/** Which service or application the write goes to, and the rule version the page showed. */
function TargetLabel({ intent, version }: { intent: GovernanceIntent; version: string }) {
  const { t } = useTranslation('governance');
  const target = intent.target;
  return target.scope === 'service' ? (
    <Trans t={t} i18nKey="dialog.introService" values={{ key: target.serviceKey, version }} components={{ code: <code /> }} />
  ) : (
    <Trans t={t} i18nKey="dialog.introApplication" values={{ application: target.application, version }} components={{ code: <code /> }} />
  );
}
