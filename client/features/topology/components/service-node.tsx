import { Handle, Position } from '@xyflow/react';
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { ServiceNode } from '@contract/topology.ts';
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
  if (service.noProviders) {
    return <NodeChip tone="danger" title="Consumed, but no provider is registered: calls fail">no providers</NodeChip>;
  }
  const { enabled, total } = service.providers;
  return (
    <NodeChip tone={instanceTone(enabled, total)} title={`${enabled} of ${total} providers enabled`}>
      <span className={styles.count}>
        {enabled}/{total}
      </span>
    </NodeChip>
  );
}

function GovernanceChips({ service }: { service: ServiceNode }) {
  return (
    <>
      {service.disabledProviders > 0 ? <NodeChip tone="danger" title={`${service.disabledProviders} providers disabled by a rule`}>{service.disabledProviders} off</NodeChip> : null}
      {service.weightOverrides > 0 ? <NodeChip tone="info" title={`${service.weightOverrides} providers with an overridden weight`}>⚖ {service.weightOverrides}</NodeChip> : null}
      {service.warnings ? <NodeChip tone="warning" title={`${service.warnings} registry warnings`}>⚠ {service.warnings}</NodeChip> : null}
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
