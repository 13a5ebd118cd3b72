import type { TopologyFlowNode } from './flow-elements.ts';

const minimapColours: Record<string, string> = { up: '#7cc48f', partial: '#e3c15f', down: '#e2737b', consumer: '#c3cad3', service: '#b9c7e6' };

/** A node's colour on the overview map: its health at a glance. */
export function minimapColour(node: TopologyFlowNode): string {
  return minimapColours[minimapTone(node)] ?? '#c3cad3';
}

function minimapTone(node: TopologyFlowNode): string {
  if (node.type === 'service') return node.data.node.noProviders ? 'down' : 'service';
  const app = node.data.node;
  if (app.consumerOnly) return 'consumer';
  return app.instances.up === 0 ? 'down' : app.instances.up < app.instances.total ? 'partial' : 'up';
}
