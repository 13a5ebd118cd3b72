import { useState } from 'react';
import { ModalDialog } from '../../../components/modal-dialog.tsx';
import { ReasonField } from '../../../components/reason-field.tsx';
import { canClose } from '../governance-flow.ts';
import type { FlowEvent, FlowState } from '../governance-flow.ts';
import { describeIntent } from '../governance-intent.ts';
import type { GovernanceIntent } from '../governance-intent.ts';
import type { GovernanceSubject } from '../governance-subject.ts';
import styles from './governance-dialog.module.css';
import { FlowNotice } from './flow-notice.tsx';
import { PreviewDetails } from './preview-details.tsx';
import { useGovernanceFlow } from './use-governance-flow.ts';

type GovernanceDialogProps = { intent: GovernanceIntent; subject: GovernanceSubject; onClose: () => void };

/**
 * Preview → confirm → apply → wait for the registry, for one governance intent. Nothing is written
 * until Apply; the preview is the server's own dry run of exactly the request Apply sends.
 */
export function GovernanceDialog({ intent, subject, onClose }: GovernanceDialogProps) {
  const [reason, setReason] = useState('');
  const [legacy, setLegacy] = useState(() => subject.legacy === 'recommended');
  const { state, dispatch, expectedVersion } = useGovernanceFlow(intent, subject, { reason, legacy });
  const close = () => {
    if (canClose(state)) onClose();
  };
  const preview = 'preview' in state ? state.preview : undefined;
  const editable = state.phase === 'ready';

  return (
    <ModalDialog title={describeIntent(intent)} onClose={close} width="wide" footer={<FlowButtons state={state} dispatch={dispatch} onClose={close} intent={intent} />}>
      <p className={styles.target}>
        <TargetLabel intent={intent} /> · rule version you saw: {expectedVersion < 0 ? 'no rule file yet' : expectedVersion}
      </p>
      <FlowNotice state={state} intent={intent} subject={subject} />
      {preview ? <PreviewDetails preview={preview} /> : null}
      {state.phase === 'previewing' && !preview ? (
        <p className={styles.loading} role="status">
          Computing the effect (dry run, nothing is written)…
        </p>
      ) : null}
      {state.phase === 'ready' || state.phase === 'applying' || state.phase === 'confirm-force' || state.phase === 'confirm-replace' ? (
        <fieldset className={styles.form} disabled={!editable}>
          <ReasonField value={reason} onChange={setReason} placeholder="e.g. drain before the 14:00 deploy" />
          {subject.legacy === 'unavailable' ? null : (
            <label className={styles.check}>
              <input
                type="checkbox"
                checked={legacy}
                onChange={(event) => {
                  setLegacy(event.target.checked);
                  dispatch({ type: 'options-changed' });
                }}
              />
              Also write the Dubbo 2.6 copy (<code>override://</code> node read by 2.6 consumers and providers)
              {subject.legacy === 'recommended' ? <span className={styles.hint}> — recommended: this service has Dubbo 2.6 instances</span> : null}
            </label>
          )}
        </fieldset>
      ) : null}
    </ModalDialog>
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

type FlowButtonsProps = { state: FlowState; dispatch: (event: FlowEvent) => void; onClose: () => void; intent: GovernanceIntent };

function FlowButtons({ state, dispatch, onClose, intent }: FlowButtonsProps) {
  const cancel = (label = 'Cancel') => (
    <button type="button" className="button" onClick={onClose} disabled={!canClose(state)}>
      {label}
    </button>
  );
  switch (state.phase) {
    case 'previewing':
    case 'reloading':
      return cancel();
    case 'ready':
    case 'applying': {
      const noChange = state.preview.status === 'noop' || (state.preview.diff === '' && state.preview.legacy.created.length === 0 && state.preview.legacy.removed.length === 0);
      return (
        <>
          {cancel()}
          <button type="button" className={`button ${intent.action === 'disable' ? 'button-danger' : 'button-primary'}`} disabled={state.phase === 'applying' || noChange} onClick={() => dispatch({ type: 'apply' })}>
            {state.phase === 'applying' ? 'Applying…' : 'Apply'}
          </button>
        </>
      );
    }
    case 'confirm-force':
      return (
        <>
          {cancel()}
          <button type="button" className="button button-danger" onClick={() => dispatch({ type: 'confirm' })}>
            {intent.action === 'disable' ? 'Disable anyway' : 'Apply anyway'}
          </button>
        </>
      );
    case 'confirm-replace':
      return (
        <>
          {cancel()}
          <button type="button" className="button button-danger" onClick={() => dispatch({ type: 'confirm' })}>
            Replace the invalid file
          </button>
        </>
      );
    case 'conflict':
      return (
        <>
          {cancel()}
          <button type="button" className="button button-primary" onClick={() => dispatch({ type: 'reload' })}>
            Reload and preview again
          </button>
        </>
      );
    case 'failed':
      return (
        <>
          {cancel()}
          <button type="button" className="button" onClick={() => dispatch({ type: 'retry' })}>
            Try again
          </button>
        </>
      );
    case 'pending':
    case 'waiting':
    case 'confirmed':
    case 'noop':
      return cancel('Close');
  }
}
