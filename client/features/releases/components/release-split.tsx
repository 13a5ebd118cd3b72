import type { Release } from '@contract/releases.ts';
import { ShareMeter } from '../../../components/share-meter.tsx';
import styles from './release-page.module.css';

/** The split the release predicts now: the canary's share of the target's calls and how it is computed. */
export function ReleaseSplit({ release }: { release: Release }) {
  const { state } = release;
  if (release.mode === 'tag') {
    return (
      <p className={styles.splitText}>
        {state.kind === 'running' || state.kind === 'paused'
          ? `Calls tagged ${release.tag ?? 'gray'} go to the ${release.canary.length} canary instances only; untagged calls never reach them and go to the stable instances.`
          : state.kind === 'promoted'
            ? 'Promoted: the tag is gone and the stable instances are at weight 0, so every call goes to the canary instances.'
            : state.kind === 'draft'
              ? `Not started: once started, calls tagged ${release.tag ?? 'gray'} go to the canary instances only.`
              : 'The tag rule is back as the release found it.'}
      </p>
    );
  }
  if (state.kind === 'promoted') return <Shares canary={1} note="Promoted: the canary takes every call; stable instances have weight 0 and drain." />;
  if (state.kind === 'rolled-back' || state.kind === 'failed') {
    return <p className={styles.splitText}>{state.kind === 'failed' ? 'The release failed: roll it back to restore the rule files.' : 'Rolled back: the rule files are back exactly as the release found them.'}</p>;
  }
  const index = release.currentStep ?? 0;
  const step = release.steps[index];
  if (!step?.split) return <p className={styles.splitText}>No split is predicted for this step.</p>;
  const note = state.kind === 'draft' ? 'Not started: this is what the first step will write.' : `Step ${index + 1} of ${release.steps.length}.`;
  return (
    <>
      <Shares canary={step.split.canaryShare} note={note} />
      <p className={styles.formula}>
        <code>{step.split.formula}</code>
        <span className="muted">
          {' '}
          — {count(step.split.canaryCount, 'canary', 'canaries')} at weight {step.split.canaryWeight}, {count(step.split.stableCount, 'stable instance', 'stable instances')} at weight{' '}
          {step.split.stableWeight}
        </span>
      </p>
      {step.services.length > 1 ? (
        <table className={styles.services} aria-label="Predicted canary share per service">
          <tbody>
            {step.services.map((service) => (
              <tr key={service.serviceKey}>
                <th scope="row" className="mono">{service.serviceKey}</th>
                <td><ShareMeter share={service.canaryShare} uncertain={!service.predictable} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}

function Shares({ canary, note }: { canary: number; note: string }) {
  return (
    <div className={styles.shares} aria-label="Current split">
      <p className={styles.splitNote}>{note}</p>
      <div className={styles.share}>
        <span className={styles.shareLabel}>Canary</span>
        <ShareMeter share={canary} />
      </div>
      <div className={styles.share}>
        <span className={styles.shareLabel}>Stable</span>
        <ShareMeter share={1 - canary} />
      </div>
    </div>
  );
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
