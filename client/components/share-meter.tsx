import { formatShare } from '../lib/display-format.ts';
import styles from './share-meter.module.css';

type ShareMeterProps = {
  /** Fraction in [0, 1]. */
  share: number;
  /** Hatched, greyed bar: the value is an estimate that may not hold. */
  uncertain?: boolean;
};

/** A predicted traffic share: a bar for scanning, the percentage for reading. */
export function ShareMeter({ share, uncertain = false }: ShareMeterProps) {
  const clamped = Math.min(Math.max(share, 0), 1);
  return (
    <span className={`${styles.meter} ${uncertain ? styles.uncertain : ''}`}>
      <span className={styles.track} aria-hidden="true">
        <span className={styles.fill} style={{ width: `${clamped * 100}%` }} />
      </span>
      <span className={styles.value}>{formatShare(clamped)}</span>
    </span>
  );
}
