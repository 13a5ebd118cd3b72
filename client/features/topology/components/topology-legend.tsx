import { Panel } from '@xyflow/react';
import type { TopologyLevel } from '@contract/topology.ts';
import { useTranslation } from 'react-i18next';
import styles from './topology-legend.module.css';

/** What the colours and chips mean; folded away by default once read. */
export function TopologyLegend({ level }: { level: TopologyLevel }) {
  const { t } = useTranslation('topology');
  return (
    <Panel position="top-left" className={styles.panel}>
      <details className={styles.legend}>
        <summary>{t('legend.title')}</summary>
        <ul aria-label={t('legend.title')}>
          <li><span className={`${styles.swatch} ${styles.up}`} /> {t('legend.allUp')}</li>
          <li><span className={`${styles.swatch} ${styles.partial}`} /> {t('legend.partial')}</li>
          <li><span className={`${styles.swatch} ${styles.down}`} /> {t('legend.down')}</li>
          <li><span className={`${styles.swatch} ${styles.consumer}`} /> {t('legend.consumerOnly')}</li>
          <li><span className={styles.chipDanger}>{t('legend.disabledSample')}</span> {t('legend.disabled')}</li>
          <li><span className={styles.chipInfo}>{t('legend.weightSample')}</span> {t('legend.weight')}</li>
          <li><span className={styles.chipGray}>{t('legend.graySample')}</span> {t('legend.gray')}</li>
          <li><span className={styles.line} /> {level === 'application' ? t('legend.calls') : t('legend.chain')}</li>
        </ul>
      </details>
    </Panel>
  );
}
