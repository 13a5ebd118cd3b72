import type { ReleaseMode } from '@contract/releases.ts';
import { PRESET_STEPS } from '../release-draft.ts';
import type { ReleaseDraft } from '../release-draft.ts';
import styles from './release-wizard.module.css';

type StepPlanFieldsProps = { draft: ReleaseDraft; onChange: (patch: Partial<ReleaseDraft>) => void };

/** How the canary gets its traffic: weighted steps (with an optional hold each) or a routing tag. */
export function StepPlanFields({ draft, onChange }: StepPlanFieldsProps) {
  const mode = (value: ReleaseMode) => () => onChange({ mode: value });
  return (
    <section className={styles.section} aria-label="How traffic moves">
      <h2 className={styles.legend}>3. How traffic moves</h2>
      <div className={styles.choices} role="radiogroup" aria-label="Release mode">
        <label>
          <input type="radio" name="mode" checked={draft.mode === 'weighted'} onChange={mode('weighted')} /> Weighted steps
        </label>
        <label>
          <input type="radio" name="mode" checked={draft.mode === 'tag'} onChange={mode('tag')} /> Tag isolation
        </label>
      </div>
      {draft.mode === 'weighted' ? (
        <>
          <p className={styles.hint}>Each step sets weights on every provider so the canary gets that percentage of the calls.</p>
          <div className={styles.row}>
            <label className={styles.field}>
              <span className={styles.label}>Steps (% of calls to the canary)</span>
              <input className="input" value={draft.steps} onChange={(event) => onChange({ steps: event.target.value })} />
            </label>
            <button type="button" className={`button ${styles.inlineButton}`} disabled={draft.steps === PRESET_STEPS} onClick={() => onChange({ steps: PRESET_STEPS })}>
              Use {PRESET_STEPS}
            </button>
          </div>
        </>
      ) : (
        <>
          <label className={styles.field}>
            <span className={styles.label}>Tag</span>
            <input className="input mono" value={draft.tag} onChange={(event) => onChange({ tag: event.target.value })} />
          </label>
          <p className={styles.statement}>
            Only calls carrying the tag <code>{draft.tag || '…'}</code> reach the canary instances. Untagged traffic never reaches tag-isolated
            instances: consumers must set the tag (e.g. <code>dubbo.tag={draft.tag || 'gray'}</code>) to try the new version.
          </p>
        </>
      )}
      <label className={styles.field}>
        <span className={styles.label}>Hold each step (seconds)</span>
        <input
          className="input"
          inputMode="numeric"
          value={draft.hold}
          placeholder="empty: wait for the operator"
          onChange={(event) => onChange({ hold: event.target.value })}
        />
      </label>
      <p className={styles.hint}>With a hold, a running step advances by itself once the hold has passed; pause the release to stop the clock.</p>
    </section>
  );
}
