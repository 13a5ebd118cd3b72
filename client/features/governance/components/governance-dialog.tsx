import { useState } from 'react';
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
        Also write the Dubbo 2.6 copy (<code>override://</code> node read by 2.6 consumers and providers)
        {subject.legacy === 'recommended' ? <span className={styles.hint}> — recommended: this service has Dubbo 2.6 instances</span> : null}
      </label>
    );

  return (
    <WriteFlowDialog
      title={describeIntent(intent)}
      flow={flow}
      onClose={onClose}
      intro={
        <p className={styles.target}>
          <TargetLabel intent={intent} /> · rule version you saw: {expectedVersion < 0 ? 'no rule file yet' : expectedVersion}
        </p>
      }
      renderQuestion={(question) => <GovernanceQuestion question={question} intent={intent} subject={subject} />}
      renderPreview={(shown) => <PreviewDetails preview={shown} />}
      options={legacyOption}
      reasonPlaceholder="e.g. drain before the 14:00 deploy"
      wording={governanceWording}
      action={{ label: 'Apply', busyLabel: 'Applying…', tone: intent.action === 'disable' ? 'danger' : 'primary', disabled: preview !== undefined && previewChangesNothing(preview) }}
      confirmLabel={(question) => (question.confirmation === 'replaceInvalid' ? 'Replace the invalid file' : intent.action === 'disable' ? 'Disable anyway' : 'Apply anyway')}
    />
  );
}

function TargetLabel({ intent }: { intent: GovernanceIntent }) {
  const target = intent.target;
  return target.scope === 'service' ? (
    <>
      Service <code>{target.serviceKey}</code>
    </>
  ) : (
    <>
      Application <code>{target.application}</code> (every service these instances provide)
    </>
  );
}
