import type { Health } from '@contract/health.ts';
import { i18n } from '../../i18n/i18n.ts';
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
  const stale = (reason: string): Freshness => ({
    kind: 'stale',
    reason: revision === undefined ? reason : i18n.t('topology:freshness.at', { reason, revision }),
  });
  if (healthFailed || refetchFailed) return stale(i18n.t('topology:freshness.serverUnreachable'));
  if (health?.registry.state === 'disconnected') return stale(i18n.t('topology:freshness.registryDisconnected'));
  if (health?.registry.state === 'connecting') return stale(i18n.t('topology:freshness.registryConnecting'));
  if (stream === 'down') return stale(i18n.t('topology:freshness.streamDown'));
  return { kind: 'live' };
}
