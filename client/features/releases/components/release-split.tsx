import { useTranslation } from 'react-i18next';
import type { Release } from '@contract/releases.ts';
import { ShareMeter } from '../../../components/share-meter.tsx';
import styles from './release-page.module.css';

/** The split the release predicts now: the canary's share of the target's calls and how it is computed. */
export function ReleaseSplit({ release }: { release: Release }) {
  const { t } = useTranslation('releases');
  const { state } = release;
  const tag = release.tag ?? 'gray';
  if (release.mode === 'tag') {
    return (
      <p className={styles.splitText}>
        {state.kind === 'running' || state.kind === 'paused'
          ? t('split.tagActive', { tag, canaries: release.canary.length })
          : state.kind === 'promoted'
            ? t('split.tagPromoted')
            : state.kind === 'draft'
              ? t('split.tagDraft', { tag })
              : t('split.tagRestored')}
      </p>
    );
  }
  if (state.kind === 'promoted') return <Shares canary={1} note={t('split.promoted')} />;
  if (state.kind === 'rolled-back' || state.kind === 'failed') {
    return <p className={styles.splitText}>{state.kind === 'failed' ? t('split.failed') : t('split.rolledBack')}</p>;
  }
  const index = release.currentStep ?? 0;
  const step = release.steps[index];
  if (!step?.split) return <p className={styles.splitText}>{t('split.noSplit')}</p>;
  const note = state.kind === 'draft' ? t('split.notStarted') : t('split.stepOf', { step: index + 1, total: release.steps.length });
  const weights = t('split.weights', {
    canaries: t('split.canaries', { count: step.split.canaryCount }),
    canaryWeight: step.split.canaryWeight,
    stables: t('split.stables', { count: step.split.stableCount }),
    stableWeight: step.split.stableWeight,
  });
  return (
    <>
      <Shares canary={step.split.canaryShare} note={note} />
      <p className={styles.formula}>
        <code>{step.split.formula}</code>
        <span className="muted"> {weights}</span>
      </p>
      {step.services.length > 1 ? (
        <table className={styles.services} aria-label={t('split.perServiceLabel')}>
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
  const { t } = useTranslation('releases');
  return (
    <div className={styles.shares} aria-label={t('split.label')}>
      <p className={styles.splitNote}>{note}</p>
      <div className={styles.share}>
        <span className={styles.shareLabel}>{t('split.canary')}</span>
        <ShareMeter share={canary} />
      </div>
      <div className={styles.share}>
        <span className={styles.shareLabel}>{t('split.stable')}</span>
        <ShareMeter share={1 - canary} />
      </div>
    </div>
  );
}
