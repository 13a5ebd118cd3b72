import { z } from 'zod';
import type { TopologyQuery } from '@contract/topology.ts';
import { urlField } from '../../lib/url-state.ts';

/**
 * `/topology?level=service&focus=order-app&depth=2&q=shop&node=app:order-app` — everything an
 * operator would want to share about the view. `node` is the selected node's id (its side panel).
 */
export const topologyUrlSchema = z.object({
  level: urlField.oneOf(['application', 'service'] as const, 'application'),
  focus: urlField.text(),
  depth: z.coerce.number().int().min(1).max(5).catch(1),
  q: urlField.text(),
  node: z.string().max(600).catch(''),
});
export type TopologyUrlState = z.output<typeof topologyUrlSchema>;

/** The API query the view asks for; the selected node does not change what is fetched. */
export function topologyQueryOf(state: TopologyUrlState): TopologyQuery {
  return {
    level: state.level,
    depth: state.focus ? state.depth : 1,
    ...(state.focus ? { focus: state.focus } : {}),
    ...(state.q ? { q: state.q } : {}),
  };
}

/** `app:order-app` → application `order-app`; `svc:g/a.B:1` → service `g/a.B:1`. */
export function parseNodeId(id: string): { kind: 'application' | 'service'; name: string } | undefined {
  if (id.startsWith('app:') && id.length > 4) return { kind: 'application', name: id.slice(4) };
  if (id.startsWith('svc:') && id.length > 4) return { kind: 'service', name: id.slice(4) };
  return undefined;
}
