import type { Release } from '@contract/releases.ts';
import { useNow } from '../../../lib/use-now.ts';
import { formatTimestamp } from '../../../lib/display-format.ts';
import { formatHoldLeft, holdEndsAt } from '../../../lib/release-summary.ts';
import { formatHold } from '../release-wording.ts';
import styles from './release-step-progress.module.css';

/** The steps as a bar: done, current (marked) and to come; under it the hold of the current step. */
export function ReleaseStepProgress({ release }: { release: Release }) {
  const { state, steps } = release;
  const finished = state.kind === 'promoted';
  const current = release.currentStep;
  return (
    <div className={styles.progress}>
      <ol className={styles.steps} aria-label="Release steps progress">
        {steps.map((step, index) => {
          const status = finished || (current !== null && index < current) ? 'done' : index === current ? 'current' : 'todo';
          return (
            <li key={index} className={`${styles.step} ${styles[status]}`} aria-current={status === 'current' ? 'step' : undefined}>
              <span className={styles.bar} />
              <span className={styles.label}>
                {release.mode === 'tag' ? `tag ${release.tag ?? ''}` : `${step.percent}%`}
                <span className={styles.sub}>{status === 'current' ? ' · now' : ''}</span>
              </span>
            </li>
          );
        })}
        <li className={`${styles.step} ${finished ? styles.done : styles.todo}`}>
          <span className={styles.bar} />
          <span className={styles.label}>promoted</span>
        </li>
      </ol>
      <HoldLine release={release} />
    </div>
  );
}

function HoldLine({ release }: { release: Release }) {
  const now = useNow(1000);
  const { state } = release;
  if (state.kind === 'paused') {
    return (
      <p className={styles.hold}>
        Paused: nothing advances until it is resumed
        {state.remainingHoldSeconds > 0 ? `; ${formatHold(state.remainingHoldSeconds)} of the hold are left.` : '.'}
      </p>
    );
  }
  if (state.kind !== 'running') return null;
  const endsAt = holdEndsAt(state);
  const last = state.step + 1 >= release.steps.length;
  if (endsAt === undefined) return <p className={styles.hold}>{last ? 'Last step: promote or roll back when ready.' : 'No hold: the step stays until an operator advances it.'}</p>;
  if (last) return <p className={styles.hold}>Last step: the hold ends at {formatTimestamp(new Date(endsAt).toISOString())}; promote or roll back then.</p>;
  return (
    <p className={styles.hold} role="timer">
      Advances automatically at {formatTimestamp(new Date(endsAt).toISOString())}
      {endsAt > now ? ` (in ${formatHoldLeft(endsAt - now)})` : ' (due now)'}.
    </p>
  );
}
