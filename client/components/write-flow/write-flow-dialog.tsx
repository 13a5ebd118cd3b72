import type { ReactNode } from 'react';
import type { WriteFlow } from '../../lib/write-flow/use-write-flow.ts';
import { canClose, previewOf } from '../../lib/write-flow/write-flow.ts';
import type { Question } from '../../lib/write-flow/write-flow.ts';
import { ModalDialog } from '../modal-dialog.tsx';
import { ReasonField } from '../reason-field.tsx';
import styles from './write-flow-dialog.module.css';
import { WriteFlowFooter } from './write-flow-footer.tsx';
import type { WriteAction } from './write-flow-footer.tsx';
import { WriteFlowNotice } from './write-flow-notice.tsx';
import type { WriteFlowWording } from './write-flow-notice.tsx';

type WriteFlowDialogProps<P, R, C extends string> = {
  title: ReactNode;
  flow: WriteFlow<P, R, C>;
  onClose: () => void;
  /** What is about to change, above everything else. */
  intro: ReactNode;
  /** The second question, in the words of this write (the footer offers its yes). */
  renderQuestion: (question: Question<C>) => ReactNode;
  renderPreview: (preview: P) => ReactNode;
  /** More fields beside the reason (e.g. the Dubbo 2.6 copy); they disable themselves when they must. */
  options?: ReactNode;
  reasonPlaceholder?: string;
  wording: WriteFlowWording<R>;
  action: WriteAction<C>;
  confirmLabel: (question: Question<C>) => string;
};

/**
 * The chrome every confirmed write shares: the intro, the message of the moment, the dry run's
 * prediction, the reason (kept, and editable, through a second question; frozen while the write is in
 * flight) and the footer. The dialog cannot be closed while the write is in flight.
 */
export function WriteFlowDialog<P, R, C extends string>(props: WriteFlowDialogProps<P, R, C>) {
  const { flow, onClose } = props;
  const { state } = flow;
  const close = () => {
    if (canClose(state)) onClose();
  };
  const preview = previewOf(state);
  const footer = <WriteFlowFooter state={state} dispatch={flow.dispatch} onClose={close} action={props.action} confirmLabel={props.confirmLabel} />;
  return (
    <ModalDialog title={props.title} onClose={close} width="wide" footer={footer}>
      {props.intro}
      {state.phase === 'confirming' ? props.renderQuestion(state.question) : <WriteFlowNotice state={state} wording={props.wording} />}
      {preview === undefined ? null : props.renderPreview(preview)}
      {state.phase === 'ready' || state.phase === 'writing' || state.phase === 'confirming' ? (
        <fieldset className={styles.form} disabled={state.phase === 'writing'}>
          <ReasonField value={flow.reason} onChange={flow.setReason} {...(props.reasonPlaceholder ? { placeholder: props.reasonPlaceholder } : {})} />
          {props.options}
        </fieldset>
      ) : null}
    </ModalDialog>
  );
}
