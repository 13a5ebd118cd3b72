import { CopyLinkButton } from '../../../components/page-header.tsx';
import { useReactFlow } from '@xyflow/react';
import type { Topology } from '@contract/topology.ts';
import { Trans, useTranslation } from 'react-i18next';
import { SearchBox } from '../../../components/search-box.tsx';
import { formatCount } from '../../../lib/display-format.ts';
import type { TopologyUrlState } from '../topology-url-state.ts';
import { FindBox } from './find-box.tsx';
import styles from './topology-toolbar.module.css';

type ToolbarProps = {
  view: TopologyUrlState;
  onChange: (patch: Partial<TopologyUrlState>, options?: { replace?: boolean }) => void;
  topology: Topology | undefined;
  onFound: (id: string) => void;
};

const levels = ['application', 'service'] as const;

/** Level, find, filter and focus: every choice lands in the URL, so a view can be shared. */
export function TopologyToolbar({ view, onChange, topology, onFound }: ToolbarProps) {
  const { t } = useTranslation('topology');
  const flow = useReactFlow();
  return (
    <div className={styles.toolbar}>
      <div className={styles.titleBlock}>
        <h1 className={styles.title}>{t('title')}</h1>
        <GraphSummary topology={topology} />
      </div>
      <div className={styles.segmented} role="radiogroup" aria-label={t('toolbar.level')}>
        {levels.map((level) => (
          <button
            key={level}
            type="button"
            role="radio"
            aria-checked={view.level === level}
            className={view.level === level ? styles.segmentOn : styles.segment}
            onClick={() => onChange({ level })}
          >
            {t(`toolbar.levels.${level}`)}
          </button>
        ))}
      </div>
      <FindBox nodes={topology?.nodes ?? []} onFound={onFound} onNotShown={(text) => onChange({ focus: text, node: '' })} />
      <SearchBox label={t('toolbar.filter')} placeholder={t('toolbar.filter')} value={view.q} width="200px" onSearch={(q) => onChange({ q }, { replace: true })} />
      {view.focus ? (
        <div className={styles.focus} role="group" aria-label={t('toolbar.focus')}>
          <span className={styles.focusLabel}>
            <Trans t={t} i18nKey="toolbar.around" values={{ name: focusName(view.focus) }} components={{ strong: <strong /> }} />
          </span>
          <label className={styles.depth}>
            {t('toolbar.depth')}
            <select className="input" value={view.depth} onChange={(event) => onChange({ depth: Number(event.target.value) })}>
              {[1, 2, 3, 4, 5].map((depth) => (
                <option key={depth} value={depth}>
                  {depth}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="button button-small button-quiet"
            onClick={() => onChange({ focus: '', depth: 1 })}
            aria-label={t('toolbar.clearFocus')}
          >
            ×
          </button>
        </div>
      ) : null}
      <button type="button" className={`button ${styles.fit}`} onClick={() => void flow.fitView({ padding: 0.14, maxZoom: 1, duration: 450 })}>
        {t('toolbar.fitView')}
      </button>
      <CopyLinkButton />
    </div>
  );
}

function GraphSummary({ topology }: { topology: Topology | undefined }) {
  const { t } = useTranslation('topology');
  if (!topology) return <span className={styles.summary}>{'\u00a0'}</span>;
  const apps = topology.nodes.filter((node) => node.kind === 'application').length;
  const services = topology.nodes.length - apps;
  const counted = (key: 'applications' | 'services' | 'edges', count: number) => t(`toolbar.${key}`, { count, n: formatCount(count) });
  const parts = [counted('applications', apps)];
  if (topology.level === 'service') parts.push(counted('services', services));
  parts.push(counted('edges', topology.edges.length));
  parts.push(t('toolbar.revision', { revision: topology.revision }));
  return <span className={styles.summary}>{parts.join(' · ')}</span>;
}

function focusName(focus: string): string {
  return focus.startsWith('app:') || focus.startsWith('svc:') ? focus.slice(4) : focus;
}
