import { useTranslation } from 'react-i18next';
import { Spinner } from '../../../components/spinner.tsx';
import { formatCount } from '../../../lib/display-format.ts';
import type { LayoutState } from '../layout/layout-state.ts';
import styles from './topology-canvas.module.css';

/** What the canvas says about its placement: arranging, simplified, or failed. */
export function LayoutNotes({ layout, nodeCount, shown }: { layout: LayoutState; nodeCount: number; shown: number }) {
  const { t } = useTranslation('topology');
  const count = formatCount(nodeCount);
  switch (layout.kind) {
    case 'empty':
      return null;
    case 'arranging':
      return shown === 0 ? (
        <div className={styles.overlay} role="status">
          <Spinner />
          {t('layout.laying', { count })}
        </div>
      ) : (
        <p className={styles.layoutNote} role="status">
          <Spinner />
          {t('layout.arranging', { count })}
        </p>
      );
    case 'fallback':
      return (
        <p className={styles.layoutNote} role="status" title={t('layout.fallbackTitle')}>
          {t('layout.fallback', { count })}
        </p>
      );
    case 'failed':
      return (
        <div className={styles.overlay} role="alert">
          {t('layout.failed', { message: layout.error.message })}
        </div>
      );
    case 'settled':
      return null;
  }
}

/** The `data-layout` attribute tests and the benchmark read: which placement is on screen. */
export function layoutAttribute(layout: LayoutState): 'provisional' | 'fallback' | 'elk' | 'failed' | undefined {
  switch (layout.kind) {
    case 'empty':
      return undefined;
    case 'arranging':
      return 'provisional';
    case 'fallback':
      return 'fallback';
    case 'failed':
      return 'failed';
    case 'settled':
      return 'elk';
  }
}
