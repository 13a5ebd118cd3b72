import type { TopologyNode } from '@contract/topology.ts';
import type { TopologyPanelSlots } from '../panel-slots.ts';
import { parseNodeId } from '../topology-url-state.ts';
import { ApplicationPanel } from './application-panel.tsx';
import { ServicePanel } from './service-panel.tsx';

type NodeSidePanelProps = {
  nodeId: string;
  node: TopologyNode | undefined;
  onClose: () => void;
  onSelect: (id: string) => void;
  onFocus: (id: string) => void;
  slots?: TopologyPanelSlots | undefined;
};

/** Details of the selected node (`?node=` in the URL), fetched on demand and kept live by invalidation. */
export function NodeSidePanel({ nodeId, node, onClose, onSelect, onFocus, slots }: NodeSidePanelProps) {
  const parsed = parseNodeId(nodeId);
  if (!parsed) return null;
  if (parsed.kind === 'application') {
    return (
      <ApplicationPanel
        key={nodeId}
        name={parsed.name}
        node={node?.kind === 'application' ? node : undefined}
        onClose={onClose}
        onSelect={onSelect}
        onFocus={onFocus}
      />
    );
  }
  return (
    <ServicePanel
      key={nodeId}
      serviceKey={parsed.name}
      node={node?.kind === 'service' ? node : undefined}
      onClose={onClose}
      onSelect={onSelect}
      onFocus={onFocus}
      slots={slots}
    />
  );
}
