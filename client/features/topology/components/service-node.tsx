import { Handle, Position } from '@xyflow/react';
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceNode } from '@contract/topology.ts';
import { formatCount } from '../../../lib/display-format.ts';
import type { ServiceFlowNode } from '../flow-elements.ts';
import styles from './node-card.module.css';
import { instanceTone, NodeChip } from './node-chip.tsx';

/** A service between its consumers and providers: short interface name, full key, providers enabled/total. */
function ServiceNodeCard({ data, selected }: NodeProps<ServiceFlowNode>) {
  const service = data.node;
  const health = service.noProviders || service.providers.enabled === 0 ? 'down' : service.providers.enabled < service.providers.total ? 'partial' : 'up';
  return (
    <div className={`${styles.card} ${styles.service} ${styles[health]} ${selected ? styles.selected : ''}`}>
      <Handle type="target" position={Position.Left} className={styles.handle} isConnectable={false} />
      <div className={styles.head}>
        <span className={`${styles.name} ${styles.serviceName}`} title={service.key}>
          {shortName(service)}
          {variantOf(service) ? <span className={styles.variant}>{variantOf(service)}</span> : null}
        </span>
        <ProvidersChip service={service} />
      </div>
      <div className={styles.head}>
        <GovernanceChips service={service} />
        <span className={styles.key} title={service.key}>
          {service.key}
        </span>
      </div>
      <Handle type="source" position={Position.Right} className={styles.handle} isConnectable={false} />
    </div>
  );
}

function ProvidersChip({ service }: { service: ServiceNode }) {
  const { t } = useTranslation('topology');
  if (service.noProviders) {
    return <NodeChip tone="danger" title={t('node.noProvidersTitle')}>{t('node.noProviders')}</NodeChip>;
  }
  const { enabled, total } = service.providers;
  return (
    <NodeChip tone={instanceTone(enabled, total)} title={t('node.providersEnabled', { enabled: formatCount(enabled), total: formatCount(total) })}>
      <span className={styles.count}>
        {enabled}/{total}
      </span>
    </NodeChip>
  );
}

function GovernanceChips({ service }: { service: ServiceNode }) {
  const { t } = useTranslation('topology');
  return (
    <>
      {service.disabledProviders > 0 ? <NodeChip tone="danger" title={t('node.serviceDisabledTitle', { n: formatCount(service.disabledProviders) })}>{t('node.serviceDisabled', { n: formatCount(service.disabledProviders) })}</NodeChip> : null}
      {service.weightOverrides > 0 ? <NodeChip tone="info" title={t('node.serviceWeightTitle', { n: formatCount(service.weightOverrides) })}>⚖ {service.weightOverrides}</NodeChip> : null}
      {service.warnings ? <NodeChip tone="warning" title={t('node.warningsTitle', { n: formatCount(service.warnings) })}>⚠ {service.warnings}</NodeChip> : null}
    </>
  );
}

/** `com.foo.DemoService` → `DemoService`; the full key is on the line below. */
function shortName(service: ServiceNode): string {
  const dot = service.interface.lastIndexOf('.');
  return dot >= 0 ? service.interface.slice(dot + 1) : service.interface;
}

/**
 * Group and version, which tell apart two cards of one interface (PaymentService 1.0.0 and 2.0.0)
 * where the key line below is cut off.
 */
export function variantOf(service: Pick<ServiceNode, 'group' | 'version'>): string {
  return [service.group, service.version].filter((part) => part !== '').join(' · ');
}

export const ServiceNodeView = memo(ServiceNodeCard);
