import { Panel } from '@xyflow/react';
import type { TopologyLevel } from '@contract/topology.ts';
import styles from './topology-legend.module.css';

/** What the colours and chips mean; folded away by default once read. */
export function TopologyLegend({ level }: { level: TopologyLevel }) {
  return (
    <Panel position="top-left" className={styles.panel}>
      <details className={styles.legend}>
        <summary>Legend</summary>
        <ul aria-label="Legend">
          <li><span className={`${styles.swatch} ${styles.up}`} /> all instances up</li>
          <li><span className={`${styles.swatch} ${styles.partial}`} /> some instances down or disabled</li>
          <li><span className={`${styles.swatch} ${styles.down}`} /> no instance up</li>
          <li><span className={`${styles.swatch} ${styles.consumer}`} /> consumer only</li>
          <li><span className={styles.chipDanger}>2 disabled</span> provider instances disabled by a rule</li>
          <li><span className={styles.chipInfo}>⚖ 1 weight</span> weight overridden by a rule</li>
          <li><span className={styles.chipGray}>◐ canary</span> gray release, routed by these tags</li>
          <li><span className={styles.line} /> {level === 'application' ? 'calls, thicker with more services; hover a label to list them' : 'consumer → service → provider'}</li>
        </ul>
      </details>
    </Panel>
  );
}
