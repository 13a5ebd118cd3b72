import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BreakableText } from '../../../components/breakable-text.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { GoneNotice } from '../../../components/gone-notice.tsx';
import styles from './node-side-panel.module.css';

/** The selected node's detail query (the shared service or application detail). */
type PanelQuery = { isPending: boolean; data: unknown; error: unknown; refetch: () => unknown };

type FrameProps = {
  kind: 'application' | 'service';
  name: string;
  onClose: () => void;
  chips?: ReactNode;
  /** The node's own page, linked as "Open … page". */
  pageTo: string;
  onNeighbourhood: () => void;
  query: PanelQuery;
  /** The details; rendered by the panel once the query has data. */
  children: ReactNode;
};

/**
 * The side panel's frame: what is selected, a close button, its summary chips and links, then the
 * details — or their loading or failed state, and a notice when the node just left the registry.
 */
export function SidePanelFrame({ kind, name, onClose, chips, pageTo, onNeighbourhood, query, children }: FrameProps) {
  const { t } = useTranslation('topology');
  const noun = t(`panel.noun.${kind}`);
  const loaded = query.data !== undefined;
  return (
    <aside className={styles.panel} aria-label={t('panel.label', { kind: t(`panel.kind.${kind}`), name })}>
      <header className={styles.header}>
        <div className={styles.heading}>
          <p className={styles.eyebrow}>{t(`panel.kind.${kind}`)}</p>
          <h2 className={styles.name}>
            <BreakableText text={name} />
          </h2>
        </div>
        <button
          type="button"
          className={`button button-small button-quiet ${styles.close}`}
          aria-label={t('panel.close')}
          onClick={onClose}
        >
          ×
        </button>
      </header>
      {chips ? <div className={styles.chips}>{chips}</div> : null}
      <div className={styles.actions}>
        <Link className="button button-small" to={pageTo}>
          {t(`panel.openPage.${kind}`)}
        </Link>
        <button type="button" className="button button-small" onClick={onNeighbourhood}>
          {t('panel.neighbourhood')}
        </button>
      </div>
      <div className={styles.body}>
        {query.isPending ? <PanelLoading /> : null}
        {!loaded && query.error ? <ErrorState error={query.error} what={t('panel.what', { noun, name })} onRetry={() => void query.refetch()} /> : null}
        {loaded ? <GoneNotice what={noun} error={query.error} /> : null}
        {children}
      </div>
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
  const { t } = useTranslation('topology');
  return (
    <div className={styles.loading} role="status" aria-label={t('panel.loading')}>
      <span />
      <span />
      <span />
    </div>
  );
}
