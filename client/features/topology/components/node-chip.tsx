import type { ReactNode } from 'react';
import styles from './node-card.module.css';

export type ChipTone = 'neutral' | 'success' | 'warning' | 'danger' | 'info' | 'gray';

/** A small badge inside a node card; `title` explains it on hover. */
export function NodeChip({ tone, title, children }: { tone: ChipTone; title: string; children: ReactNode }) {
  return (
    <span className={`${styles.chip} ${styles[`chip-${tone}`]}`} title={title}>
      {children}
    </span>
  );
}

/** `up/total`, green when all are up, amber when some are not, red when none is. */
export function instanceTone(up: number, total: number): ChipTone {
  if (total === 0 || up === 0) return 'danger';
  return up < total ? 'warning' : 'success';
}
