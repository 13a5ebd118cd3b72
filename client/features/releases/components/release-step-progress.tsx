import { useTranslation } from 'react-i18next';
import type { Release } from '@contract/releases.ts';
import { useNow } from '../../../lib/use-now.ts';
import { formatTimestamp } from '../../../lib/display-format.ts';
import { formatHoldLeft, holdEndsAt, releaseStateLabel } from '../../../lib/release-summary.ts';
import { formatHold } from '../release-wording.ts';
import styles from './release-step-progress.module.css';

/** The steps as a bar: done, current (marked) and to come; under it the hold of the current step. */
export function ReleaseStepProgress({ release }: { release: Release }) {
  const { t } = useTranslation('releases');
  const { state, steps } = release;
  const finished = state.kind === 'promoted';
  const current = release.currentStep;
  return (
    <div className={styles.progress}>
      <ol className={styles.steps} aria-label={t('progress.label')}>
        {steps.map((step, index) => {
          const status = finished || (current !== null && index < current) ? 'done' : index === current ? 'current' : 'todo';
          return (
            <li key={index} className={`${styles.step} ${styles[status]}`} aria-current={status === 'current' ? 'step' : undefined}>
              <span className={styles.bar} />
              <span className={styles.label}>
                {release.mode === 'tag' ? t('progress.tag', { tag: release.tag ?? '' }) : `${step.percent}%`}
                <span className={styles.sub}>{status === 'current' ? ` · ${t('progress.now')}` : ''}</span>
              </span>
            </li>
          );
        })}
        <li className={`${styles.step} ${finished ? styles.done : styles.todo}`}>
          <span className={styles.bar} />
          <span className={styles.label}>{releaseStateLabel('promoted')}</span>
        </li>
      </ol>
      <HoldLine release={release} />
    </div>
  );
}

function HoldLine({ release }: { release: Release }) {
  const { t } = useTranslation('releases');
  const now = useNow(1000);
  const { state } = release;
  if (state.kind === 'paused') {
    return (
      <p className={styles.hold}>
        {state.remainingHoldSeconds > 0 ? t('progress.pausedHoldLeft', { left: formatHold(state.remainingHoldSeconds) }) : t('progress.paused')}
      </p>
    );
  }
  if (state.kind !== 'running') return null;
  const endsAt = holdEndsAt(state);
  const last = state.step + 1 >= release.steps.length;
  if (endsAt === undefined) return <p className={styles.hold}>{last ? t('progress.lastStep') : t('progress.noHold')}</p>;
  const at = formatTimestamp(new Date(endsAt).toISOString());
  if (last) return <p className={styles.hold}>{t('progress.lastStepHold', { at })}</p>;
  return (
    <p className={styles.hold} role="timer">
      {endsAt > now ? t('progress.advancesIn', { at, left: formatHoldLeft(endsAt - now) }) : t('progress.advancesDue', { at })}
    </p>
  );
}
