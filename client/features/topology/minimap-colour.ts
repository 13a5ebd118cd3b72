import type { TopologyFlowNode } from './flow-elements.ts';

// Tokens from theme-tokens.css: the minimap paints them as inline fill styles, so they follow the theme.
const minimapColours: Record<string, string> = {
  up: 'var(--color-minimap-up)',
  partial: 'var(--color-minimap-partial)',
  down: 'var(--color-minimap-down)',
  consumer: 'var(--color-minimap-consumer)',
  service: 'var(--color-minimap-service)',
};

/** A node's colour on the overview map: its health at a glance. */
export function minimapColour(node: TopologyFlowNode): string {
  return minimapColours[minimapTone(node)] ?? 'var(--color-minimap-consumer)';
}

function minimapTone(node: TopologyFlowNode): string {
  if (node.type === 'service') return node.data.node.noProviders ? 'down' : 'service';
  const app = node.data.node;
  if (app.consumerOnly) return 'consumer';
  return app.instances.up === 0 ? 'down' : app.instances.up < app.instances.total ? 'partial' : 'up';
}
