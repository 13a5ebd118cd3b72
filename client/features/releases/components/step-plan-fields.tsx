import { Trans, useTranslation } from 'react-i18next';
import type { ReleaseMode } from '@contract/releases.ts';
import { PRESET_STEPS } from '../release-draft.ts';
import type { ReleaseDraft } from '../release-draft.ts';
import styles from './release-wizard.module.css';

type StepPlanFieldsProps = { draft: ReleaseDraft; onChange: (patch: Partial<ReleaseDraft>) => void };

/** How the canary gets its traffic: weighted steps (with an optional hold each) or a routing tag. */
export function StepPlanFields({ draft, onChange }: StepPlanFieldsProps) {
  const { t } = useTranslation('releaseWizard');
  const mode = (value: ReleaseMode) => () => onChange({ mode: value });
  return (
    <section className={styles.section} aria-label={t('plan.label')}>
      <h2 className={styles.legend}>{t('plan.legend')}</h2>
      <div className={styles.choices} role="radiogroup" aria-label={t('plan.modeLabel')}>
        <label>
          <input type="radio" name="mode" checked={draft.mode === 'weighted'} onChange={mode('weighted')} /> {t('plan.weighted')}
        </label>
        <label>
          <input type="radio" name="mode" checked={draft.mode === 'tag'} onChange={mode('tag')} /> {t('plan.tag')}
        </label>
      </div>
      {draft.mode === 'weighted' ? (
        <>
          <p className={styles.hint}>{t('plan.weightedHint')}</p>
          <div className={styles.row}>
            <label className={styles.field}>
              <span className={styles.label}>{t('plan.steps')}</span>
              <input className="input" value={draft.steps} onChange={(event) => onChange({ steps: event.target.value })} />
            </label>
            <button type="button" className={`button ${styles.inlineButton}`} disabled={draft.steps === PRESET_STEPS} onClick={() => onChange({ steps: PRESET_STEPS })}>
              {t('plan.usePreset', { steps: PRESET_STEPS })}
            </button>
          </div>
        </>
      ) : (
        <>
          <label className={styles.field}>
            <span className={styles.label}>{t('plan.tagField')}</span>
            <input className="input mono" value={draft.tag} onChange={(event) => onChange({ tag: event.target.value })} />
          </label>
          <p className={styles.statement}>
            <Trans t={t} i18nKey="plan.tagStatement" values={{ tag: draft.tag || '…', example: draft.tag || 'gray' }} components={{ code: <code /> }} />
          </p>
        </>
      )}
      <label className={styles.field}>
        <span className={styles.label}>{t('plan.hold')}</span>
        <input
          className="input"
          inputMode="numeric"
          value={draft.hold}
          placeholder={t('plan.holdPlaceholder')}
          onChange={(event) => onChange({ hold: event.target.value })}
        />
      </label>
      <p className={styles.hint}>{t('plan.holdHint')}</p>
    </section>
  );
}
