import { Spinner } from '../../../components/spinner.tsx';
import type { LayoutState } from '../layout/layout-state.ts';
import styles from './topology-canvas.module.css';

/** What the canvas says about its placement: arranging, simplified, or failed. */
export function LayoutNotes({ layout, nodeCount, shown }: { layout: LayoutState; nodeCount: number; shown: number }) {
  const count = nodeCount.toLocaleString('en-US');
  switch (layout.kind) {
    case 'empty':
      return null;
    case 'arranging':
      return shown === 0 ? (
        <div className={styles.overlay} role="status">
          <Spinner />
          Laying out {count} nodes…
        </div>
      ) : (
        <p className={styles.layoutNote} role="status">
          <Spinner />
          Arranging {count} nodes…
        </p>
      );
    case 'fallback':
      return (
        <p className={styles.layoutNote} role="status" title="The full layout took too long; this is a quicker column layout">
          Simplified layout ({count} nodes)
        </p>
      );
    case 'failed':
      return (
        <div className={styles.overlay} role="alert">
          Could not lay out the graph: {layout.error.message}
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
