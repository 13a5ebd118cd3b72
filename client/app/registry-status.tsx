import type { TFunction } from 'i18next';
import { Trans, useTranslation } from 'react-i18next';
import type { Health } from '@contract/health.ts';
import { RetryCountdown } from '../components/retry-countdown.tsx';
import { formatCount } from '../lib/display-format.ts';
import type { LiveStreamStatus } from '../lib/live-event-stream.ts';
import { registryOutage } from '../lib/registry-outage.ts';
import type { RegistryOutage } from '../lib/registry-outage.ts';
import styles from './registry-status.module.css';

type RegistryStatusProps = {
  health: Health | undefined;
  unreachable: boolean;
  stream: LiveStreamStatus;
};

type Tone = 'ok' | 'busy' | 'down' | 'unknown';
type Live = 'live' | 'paused' | 'stale';

/**
 * The header's registry indicator: state, address and mirror revision, always visible; while the
 * registry cannot be reached, the last attempt's error and a countdown to the next attempt instead.
 */
export function RegistryStatus({ health, unreachable, stream }: RegistryStatusProps) {
  const { t } = useTranslation('shell');
  const { label, tone } = describe(t, health, unreachable);
  const outage = unreachable ? undefined : registryOutage(health);
  // The event stream can be open while the registry behind it is not: the data is then stale, not live.
  const live: Live = stream !== 'open' ? 'paused' : tone === 'ok' ? 'live' : 'stale';
  const title = health ? statusTitle(t, health, label, outage, stream === 'open') : label;
  return (
    <div className={styles.status} role="group" aria-label={t('registry.label')} title={title}>
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
          <Trans t={t} i18nKey="registry.revision" values={{ revision: formatCount(health.mirror.revision) }} components={{ number: <span className="numeric" /> }} />
        </span>
      ) : null}
      {/* During an outage the state and countdown say it all; the address needs the room more than "stale" does. */}
      {outage ? null : <span className={`${styles.live} ${live === 'live' ? styles.liveOn : ''}`}>{t(`registry.live.${live}`)}</span>}
    </div>
  );
}

/** The hover text: the registry, its state (and outage), what the mirror holds, live updates, the version. */
function statusTitle(t: TFunction<'shell'>, health: Health, state: string, outage: RegistryOutage | undefined, streamOpen: boolean): string {
  const { mirror } = health;
  const registry = outage?.lastError
    ? t('registry.title.registryOutage', { address: health.registry.address, state, error: outage.lastError.message, attempts: formatCount(outage.failedAttempts) })
    : t('registry.title.registry', { address: health.registry.address, state });
  return [
    registry,
    t('registry.title.mirror', {
      revision: formatCount(mirror.revision),
      services: formatCount(mirror.services),
      providers: formatCount(mirror.providers),
      consumers: formatCount(mirror.consumers),
    }),
    streamOpen ? t('registry.title.liveOn') : t('registry.title.livePaused'),
    t('registry.title.version', { version: health.version }),
  ].join(' ');
}

function describe(t: TFunction<'shell'>, health: Health | undefined, unreachable: boolean): { label: string; tone: Tone } {
  if (unreachable) return { label: t('registry.state.serverUnreachable'), tone: 'down' };
  if (!health) return { label: t('registry.state.checking'), tone: 'unknown' };
  const { state, syncing } = health.registry;
  if (state === 'disconnected') return { label: t('registry.state.disconnected'), tone: 'down' };
  // Never connected, and every server failed an attempt: not "connecting", unreachable.
  if (state === 'connecting' && health.registry.unreachable) return { label: t('registry.state.unreachable'), tone: 'down' };
  if (state === 'connecting') return { label: t('registry.state.connecting'), tone: 'busy' };
  if (syncing) return { label: t('registry.state.syncing'), tone: 'busy' };
  return { label: t('registry.state.connected'), tone: 'ok' };
}
