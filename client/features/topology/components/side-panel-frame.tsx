import type { ReactNode } from 'react';
import { BreakableText } from '../../../components/breakable-text.tsx';
import styles from './node-side-panel.module.css';

type FrameProps = {
  kind: 'Application' | 'Service';
  name: string;
  onClose: () => void;
  chips?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
};

/** The side panel's frame: what is selected, a close button, its summary chips and links, then details. */
export function SidePanelFrame({ kind, name, onClose, chips, actions, children }: FrameProps) {
  return (
    <aside className={styles.panel} aria-label={`${kind} ${name}`}>
      <header className={styles.header}>
        <div className={styles.heading}>
          <p className={styles.eyebrow}>{kind}</p>
          <h2 className={styles.name}>
            <BreakableText text={name} />
          </h2>
        </div>
        <button type="button" className={`button button-small button-quiet ${styles.close}`} aria-label="Close details" onClick={onClose}>
          ×
        </button>
      </header>
      {chips ? <div className={styles.chips}>{chips}</div> : null}
      {actions ? <div className={styles.actions}>{actions}</div> : null}
      <div className={styles.body}>{children}</div>
    </aside>
  );
}

/** One titled list in the panel; the title names the list for assistive tech. */
export function PanelSection({ title, count, children }: { title: string; count?: number; children: ReactNode }) {
  return (
    <section className={styles.section}>
      <h3 className={styles.sectionTitle}>
        {title}
        {count !== undefined ? <span className={styles.count}>{count}</span> : null}
      </h3>
      {children}
    </section>
  );
}

export function PanelLoading() {
  return (
    <div className={styles.loading} role="status" aria-label="Loading details">
      <span />
      <span />
      <span />
    </div>
  );
}
