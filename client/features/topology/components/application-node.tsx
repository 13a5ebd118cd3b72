import { Handle, Position } from '@xyflow/react';
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationNode } from '@contract/topology.ts';
import { formatCount } from '../../../lib/display-format.ts';
import type { ApplicationFlowNode } from '../flow-elements.ts';
import styles from './node-card.module.css';
import { instanceTone, NodeChip } from './node-chip.tsx';
import { useReleaseChips } from './use-release-chips.tsx';

/** An application as a card: name, instances up/total, and what governance changed about it. */
function ApplicationNodeCard({ data, selected }: NodeProps<ApplicationFlowNode>) {
  const { t } = useTranslation('topology');
  const app = data.node;
  const health = app.consumerOnly ? 'consumer' : healthOf(app);
  return (
    <div className={`${styles.card} ${styles[health]} ${selected ? styles.selected : ''}`}>
      <Handle type="target" position={Position.Left} className={styles.handle} isConnectable={false} />
      <div className={styles.head}>
        <svg className={styles.icon} viewBox="0 0 16 16" aria-hidden="true">
          <path fill="currentColor" d="M2 3.5A1.5 1.5 0 0 1 3.5 2h9A1.5 1.5 0 0 1 14 3.5v2A1.5 1.5 0 0 1 12.5 7h-9A1.5 1.5 0 0 1 2 5.5v-2Zm0 7A1.5 1.5 0 0 1 3.5 9h9a1.5 1.5 0 0 1 1.5 1.5v2a1.5 1.5 0 0 1-1.5 1.5h-9A1.5 1.5 0 0 1 2 12.5v-2ZM4 4a.75.75 0 1 0 0 1.5A.75.75 0 0 0 4 4Zm0 7a.75.75 0 1 0 0 1.5.75.75 0 0 0 0-1.5Z" />
        </svg>
        <span className={styles.name} title={app.label}>
          {app.label}
        </span>
        <NodeChip tone={app.consumerOnly && app.instances.total > 0 ? 'neutral' : instanceTone(app.instances.up, app.instances.total)} title={t('node.instancesUp', { up: formatCount(app.instances.up), total: formatCount(app.instances.total) })}>
          <span className={styles.count}>
            {app.instances.up}/{app.instances.total}
          </span>
        </NodeChip>
      </div>
      <div className={styles.meta}>
        {app.consumerOnly ? t('node.consumerOnly') : t('node.provided', { n: formatCount(app.providedServices) })} · {t('node.consumed', { n: formatCount(app.consumedServices) })}
      </div>
      <GovernanceChips app={app} />
      <Handle type="source" position={Position.Right} className={styles.handle} isConnectable={false} />
    </div>
  );
}

function GovernanceChips({ app }: { app: ApplicationNode }) {
  const { t } = useTranslation('topology');
  const chips = useReleaseChips(app.consumerOnly ? undefined : app.label);
  if (app.disabledInstances > 0) {
    chips.push(<NodeChip key="disabled" tone="danger" title={t('node.disabledTitle', { n: formatCount(app.disabledInstances) })}>{t('node.disabled', { n: formatCount(app.disabledInstances) })}</NodeChip>);
  }
  if (app.weightOverrides > 0) {
    chips.push(<NodeChip key="weight" tone="info" title={t('node.weightTitle', { n: formatCount(app.weightOverrides) })}>{t('node.weight', { n: formatCount(app.weightOverrides) })}</NodeChip>);
  }
  if (app.grayRelease) {
    chips.push(<NodeChip key="gray" tone="gray" title={t('node.grayTitle', { tags: app.grayTags.join(', ') })}>◐ {app.grayTags.join(', ')}</NodeChip>);
  }
  if (app.warnings) {
    chips.push(<NodeChip key="warnings" tone="warning" title={t('node.warningsTitle', { n: formatCount(app.warnings) })}>⚠ {app.warnings}</NodeChip>);
  }
  if (chips.length === 0) return <div className={styles.quiet}>{t('node.noRules')}</div>;
  return <div className={styles.chips}>{chips}</div>;
}

function healthOf(app: ApplicationNode): 'up' | 'partial' | 'down' {
  if (app.instances.up === 0) return 'down';
  return app.instances.up < app.instances.total ? 'partial' : 'up';
}

export const ApplicationNodeView = memo(ApplicationNodeCard);
