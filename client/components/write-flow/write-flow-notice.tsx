import { useTranslation } from 'react-i18next';
import type { Step, WriteFlowState } from '../../lib/write-flow/write-flow.ts';
import { NoticeBox } from '../notice-box.tsx';
import styles from './write-flow-dialog.module.css';

/** What one kind of write says about itself; the shared notice supplies the rest. */
export type WriteFlowWording<R> = {
  /** Shown while the dry run runs. */
  previewing: string;
  reloading: string;
  /** Under "Someone changed this … since you opened it". */
  conflict: string;
  failedTitle: (retry: Step) => string;
  /** The body while the written change is pending, overdue, or shown by the registry. */
  written: (phase: 'pending' | 'waiting' | 'confirmed', result: R) => string;
  confirmedTitle: string;
  noop: string;
};

type WriteFlowNoticeProps<P, R, C extends string> = { state: WriteFlowState<P, R, C>; wording: WriteFlowWording<R> };

/** The one message that matters now, for every phase but the second question (the caller words that). */
export function WriteFlowNotice<P, R, C extends string>({ state, wording }: WriteFlowNoticeProps<P, R, C>) {
  const { t } = useTranslation('common');
  switch (state.phase) {
    case 'previewing':
      return <Progress text={wording.previewing} />;
    case 'reloading':
      return <Progress text={wording.reloading} />;
    case 'conflict':
      return (
        <NoticeBox tone="warning" title={t('writeFlow.conflict')}>
          <p>{wording.conflict}</p>
        </NoticeBox>
      );
    case 'failed':
      return (
        <NoticeBox tone="danger" title={wording.failedTitle(state.retry)}>
          <p>
            {state.refusal.message} <code>{state.refusal.code}</code>
          </p>
        </NoticeBox>
      );
    case 'pending':
    case 'waiting':
    case 'confirmed':
      return (
        <NoticeBox
          tone={state.phase === 'confirmed' ? 'success' : state.phase === 'waiting' ? 'warning' : 'info'}
          title={state.phase === 'confirmed' ? wording.confirmedTitle : state.phase === 'waiting' ? t('writeFlow.waiting') : t('writeFlow.applying')}
          role="status"
        >
          <p>{wording.written(state.phase, state.result)}</p>
        </NoticeBox>
      );
    case 'noop':
      return (
        <NoticeBox tone="info" title={t('writeFlow.noop')} role="status">
          <p>{wording.noop}</p>
        </NoticeBox>
      );
    default:
      return null;
  }
}

function Progress({ text }: { text: string }) {
  return (
    <p className={styles.progress} role="status">
      {text}
    </p>
  );
}
