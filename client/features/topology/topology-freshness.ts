import type { Health } from '@contract/health.ts';
import type { LiveStreamStatus } from '../../lib/live-event-stream.ts';

/**
 * Whether the graph on screen follows the registry right now. The shell's banner explains outages
 * in full; the canvas only has to say, next to the picture, that the picture may be out of date.
 */
export type Freshness = { kind: 'live' } | { kind: 'stale'; reason: string };

export type FreshnessInputs = {
  stream: LiveStreamStatus;
  health: Health | undefined;
  healthFailed: boolean;
  /** The last topology refetch failed (the previous answer is still shown). */
  refetchFailed: boolean;
  /** Revision of the graph on screen. */
  revision: number | undefined;
};

export function topologyFreshness({ stream, health, healthFailed, refetchFailed, revision }: FreshnessInputs): Freshness {
  const at = revision === undefined ? '' : ` — showing revision ${revision}`;
  if (healthFailed || refetchFailed) return { kind: 'stale', reason: `Server unreachable${at}` };
  if (health?.registry.state === 'disconnected') return { kind: 'stale', reason: `Registry disconnected${at}` };
  if (health?.registry.state === 'connecting') return { kind: 'stale', reason: `Connecting to the registry${at}` };
  if (stream === 'down') return { kind: 'stale', reason: `Live updates paused${at}` };
  return { kind: 'live' };
}
