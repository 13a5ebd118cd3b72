/**
 * The selected/hovered neighbourhood as a style sheet rather than as React state on 500 cards:
 * React Flow puts `data-id` on every node wrapper and edge group, and edge labels carry
 * `data-edge-label`, so one small <style> dims the rest of the graph and lights the neighbourhood.
 * Hovering or clicking then re-renders no node or edge at all; the browser restyles once. Pure.
 */
import type { Neighbourhood } from './neighbourhood.ts';

const quote = (value: string): string => `"${value.replace(/["\\]/g, '\\$&')}"`;

/** CSS for one canvas (`[data-lit-scope=scope]`); empty when nothing is lit. */
export function highlightCss(scope: string, lit: Neighbourhood): string {
  if (lit.nodes.size === 0) return '';
  const root = `[data-lit-scope=${quote(scope)}]`;
  const nodes = [...lit.nodes].map((id) => `[data-id=${quote(id)}]`).join(',');
  const edges = [...lit.edges].map((id) => `[data-id=${quote(id)}]`).join(',');
  const labels = [...lit.edges].map((id) => `[data-edge-label=${quote(id)}]`).join(',');
  const rules = [
    `${root} .react-flow__node{opacity:.28}`,
    `${root} .react-flow__edge{opacity:.14}`,
    `${root} [data-edge-label]{opacity:.2}`,
    `${root} .react-flow__node:is(${nodes}){opacity:1}`,
  ];
  if (lit.edges.size > 0) {
    rules.push(
      `${root} .react-flow__edge:is(${edges}){opacity:1}`,
      `${root} .react-flow__edge:is(${edges}) .react-flow__edge-path{stroke:var(--color-accent)}`,
      `${root} :is(${labels}){opacity:1;border-color:var(--color-accent);color:var(--color-accent);z-index:5}`,
    );
  }
  return rules.join('\n');
}
