import type { Health } from '@contract/health.ts';
import { RetryCountdown } from '../components/retry-countdown.tsx';
import { formatCount } from '../lib/display-format.ts';
import type { LiveStreamStatus } from '../lib/live-event-stream.ts';
import { registryOutage } from '../lib/registry-outage.ts';
import styles from './registry-status.module.css';

type RegistryStatusProps = {
  health: Health | undefined;
  unreachable: boolean;
  stream: LiveStreamStatus;
};

type Tone = 'ok' | 'busy' | 'down' | 'unknown';

/**
 * The header's registry indicator: state, address and mirror revision, always visible; while the
 * registry cannot be reached, the last attempt's error and a countdown to the next attempt instead.
 */
export function RegistryStatus({ health, unreachable, stream }: RegistryStatusProps) {
  const { label, tone } = describe(health, unreachable);
  const outage = unreachable ? undefined : registryOutage(health);
  // The event stream can be open while the registry behind it is not: the data is then stale, not live.
  const live = stream !== 'open' ? 'Paused' : tone === 'ok' ? 'Live' : 'Stale';
  const title = health
    ? `Registry ${health.registry.address} — ${label}${outage?.lastError ? ` (${outage.lastError.message}, ${outage.failedAttempts} failed attempts)` : ''}. Mirror revision ${health.mirror.revision}: ${health.mirror.services} services, ${health.mirror.providers} providers, ${health.mirror.consumers} consumers. Live updates ${stream === 'open' ? 'on' : 'paused'}. Switchboard ${health.version}.`
    : label;
  return (
    <div className={styles.status} role="group" aria-label="Registry status" title={title}>
      <span className={`${styles.dot} ${styles[tone]}`} aria-hidden="true" />
      <span className={styles.state}>{label}</span>
      {health ? <span className={outage ? `${styles.address} ${styles.addressShown}` : styles.address}>{health.registry.address}</span> : null}
      {outage ? (
        <span className={styles.problem}>
          {outage.lastError ? <span className={styles.errorCode}>{outage.lastError.code}</span> : null}
          <RetryCountdown at={outage.nextRetryAt} />
        </span>
      ) : health ? (
        <span className={styles.revision}>
          rev <span className="numeric">{formatCount(health.mirror.revision)}</span>
        </span>
      ) : null}
      <span className={`${styles.live} ${live === 'Live' ? styles.liveOn : ''}`}>{live}</span>
    </div>
  );
}

function describe(health: Health | undefined, unreachable: boolean): { label: string; tone: Tone } {
  if (unreachable) return { label: 'Server unreachable', tone: 'down' };
  if (!health) return { label: 'Checking…', tone: 'unknown' };
  const { state, syncing } = health.registry;
  if (state === 'disconnected') return { label: 'Disconnected', tone: 'down' };
  // Never connected, and every server failed an attempt: not "connecting", unreachable.
  if (state === 'connecting' && health.registry.unreachable) return { label: 'Unreachable', tone: 'down' };
  if (state === 'connecting') return { label: 'Connecting', tone: 'busy' };
  if (syncing) return { label: 'Syncing', tone: 'busy' };
  return { label: 'Connected', tone: 'ok' };
}
