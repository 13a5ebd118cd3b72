import { useTranslation } from 'react-i18next';
import type { WriteFlowEvent, WriteFlowState, Question } from '../../lib/write-flow/write-flow.ts';
import { canClose } from '../../lib/write-flow/write-flow.ts';

/** The button that sends the write, in the words of the action ("Apply", "Roll back", "Start the release"). */
export type WriteAction<C extends string> = {
  label: string;
  /** Shown while the write is in flight ("Applying…"). */
  busyLabel: string;
  tone: 'primary' | 'danger';
  /** E.g. the preview shows nothing would change. */
  disabled?: boolean;
  /** A question to answer before the write is sent (unless already confirmed). */
  ask?: Question<C>;
};

type WriteFlowFooterProps<P, R, C extends string> = {
  state: WriteFlowState<P, R, C>;
  dispatch: (event: WriteFlowEvent<P, R, C>) => void;
  onClose: () => void;
  action: WriteAction<C>;
  /** The yes to a second question ("Disable anyway", "Yes, delete the rule file"). */
  confirmLabel: (question: Question<C>) => string;
};

/** The buttons of every write dialog: Cancel (Close once written) and the one step the state offers. */
export function WriteFlowFooter<P, R, C extends string>({ state, dispatch, onClose, action, confirmLabel }: WriteFlowFooterProps<P, R, C>) {
  const { t } = useTranslation('common');
  const finished = state.phase === 'pending' || state.phase === 'waiting' || state.phase === 'confirmed' || state.phase === 'noop';
  return (
    <>
      <button type="button" className="button" onClick={onClose} disabled={!canClose(state)}>
        {finished ? t('writeFlow.close') : t('writeFlow.cancel')}
      </button>
      <NextStep state={state} dispatch={dispatch} action={action} confirmLabel={confirmLabel} />
    </>
  );
}

function NextStep<P, R, C extends string>({ state, dispatch, action, confirmLabel }: Omit<WriteFlowFooterProps<P, R, C>, 'onClose'>) {
  const { t } = useTranslation('common');
  const step = (label: string, tone: 'plain' | 'primary' | 'danger', event: WriteFlowEvent<P, R, C>, disabled = false) => (
    <button type="button" className={tone === 'plain' ? 'button' : `button button-${tone}`} disabled={disabled} onClick={() => dispatch(event)}>
      {label}
    </button>
  );
  switch (state.phase) {
    case 'ready':
    case 'writing': {
      const writing = state.phase === 'writing';
      const write: WriteFlowEvent<P, R, C> = action.ask ? { type: 'write', ask: action.ask } : { type: 'write' };
      return step(writing ? action.busyLabel : action.label, action.tone, write, writing || action.disabled === true);
    }
    case 'confirming':
      return step(confirmLabel(state.question), 'danger', { type: 'confirm' });
    case 'conflict':
      return step(t('writeFlow.reload'), 'primary', { type: 'reload' });
    case 'failed':
      return step(t('writeFlow.tryAgain'), 'plain', { type: 'retry' });
    default:
      return null;
  }
}
