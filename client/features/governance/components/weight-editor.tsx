import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../../lib/display-format.ts';
import { DEFAULT_WEIGHT, SLIDER_MAX, parseWeightInput, sliderToWeight, snapToLandmark, weightToSlider } from '../weight-input.ts';
import styles from './weight-editor.module.css';

/** The marks under the slider, at the ends of its four segments. */
const SCALE = [0, 100, 500, 2000, 10_000];

type WeightEditorProps = {
  /** What the field starts with: the provider's effective weight (or 100 for a selection). */
  initial: number;
  /** Registered weight, a landmark the slider snaps onto. */
  registered?: number | undefined;
  /** Accessible name of the editor, e.g. "Edit weight of 10.0.0.4:20880". */
  label: string;
  onSubmit: (weight: number) => void;
  onCancel: () => void;
};

/** A number field and a non-linear slider kept in step; typed values are exact, slid ones snap. */
export function WeightEditor({ initial, registered, label, onSubmit, onCancel }: WeightEditorProps) {
  const { t } = useTranslation('governance');
  const [text, setText] = useState(String(initial));
  const check = parseWeightInput(text);
  const messageId = useId();
  const input = useRef<HTMLInputElement>(null);
  const landmarks = [0, DEFAULT_WEIGHT, initial, ...(registered === undefined ? [] : [registered])];
  useEffect(() => input.current?.select(), []);

  const submit = () => {
    if (check.ok && check.weight !== initial) onSubmit(check.weight);
  };
  return (
    <form
      className={styles.editor}
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <div className={styles.row}>
        <input
          ref={input}
          className={`input ${styles.number}`}
          type="text"
          inputMode="numeric"
          aria-label={t('editor.weight')}
          aria-invalid={!check.ok}
          aria-describedby={messageId}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <input
          className={styles.slider}
          type="range"
          aria-label={t('editor.slider')}
          min={0}
          max={SLIDER_MAX}
          value={weightToSlider(check.ok ? check.weight : initial)}
          onChange={(event) => setText(String(snapToLandmark(sliderToWeight(Number(event.target.value)), landmarks)))}
        />
      </div>
      <div className={styles.scale} aria-hidden="true">
        {SCALE.map((mark) => (
          <span key={mark}>{formatCount(mark)}</span>
        ))}
      </div>
      <p id={messageId} className={check.ok ? styles.hint : styles.error} role={check.ok ? undefined : 'alert'}>
        {check.ok
          ? (check.note ??
            (registered === undefined
              ? t('editor.hint', { now: formatCount(initial), default: formatCount(DEFAULT_WEIGHT) })
              : t('editor.hintRegistered', { now: formatCount(initial), registered: formatCount(registered), default: formatCount(DEFAULT_WEIGHT) })))
          : check.message}
      </p>
      <div className={styles.actions}>
        <button type="button" className="button button-small" onClick={onCancel}>
          {t('editor.cancel')}
        </button>
        <button type="submit" className="button button-small button-primary" disabled={!check.ok || check.weight === initial}>
          {t('editor.preview')}
        </button>
      </div>
    </form>
  );
}
