import type { Health } from '@contract/health.ts';
import { i18n } from '../i18n/i18n.ts';
import { ApiRequestError } from './api-client.ts';
import { apiErrorText } from './api-error-text.ts';
import { formatCount, formatTimestamp } from './display-format.ts';
import type { LiveStreamStatus } from './live-event-stream.ts';

/**
 * What the status banner says, derived from health and the event stream. The console must be honest
 * about staleness: whenever the registry is not fully synced, the server is unreachable or live
 * updates are paused, the operator is told what they are looking at. Words from the `shell` catalogue.
 */
export type NoticeTone = 'danger' | 'warning' | 'info';
/** `retry`: a registry connection attempt is awaited; the banner counts down to `at` (null: under way). */
export type ConnectionNotice = { id: string; tone: NoticeTone; title: string; detail?: string; retry?: { at: string | null } };

export type ConnectionInputs = {
  health: Health | undefined;
  healthError: unknown;
  stream: LiveStreamStatus;
};

export function connectionNotices({ health, healthError, stream }: ConnectionInputs): ConnectionNotice[] {
  const notices: ConnectionNotice[] = [];
  const serverNotice = serverProblem(healthError, health);
  if (serverNotice) notices.push(serverNotice);
  else if (health) {
    const registryNotice = registryProblem(health);
    if (registryNotice) notices.push(registryNotice);
  }
  if (stream === 'down') {
    notices.push({ id: 'stream', tone: 'warning', title: i18n.t('shell:notices.stream.title'), detail: i18n.t('shell:notices.stream.detail') });
  }
  return notices;
}

function serverProblem(error: unknown, health: Health | undefined): ConnectionNotice | undefined {
  if (!error) return undefined;
  const unreachable = !(error instanceof ApiRequestError) || error.isTransient;
  if (unreachable) {
    const detail = health
      ? i18n.t('shell:notices.server.retryingStale', { revision: formatCount(health.mirror.revision) })
      : i18n.t('shell:notices.server.retrying');
    return { id: 'server', tone: 'danger', title: i18n.t('shell:notices.server.unreachable'), detail };
  }
  return { id: 'server', tone: 'danger', title: i18n.t('shell:notices.server.healthFailed'), detail: apiErrorText(error) };
}

function registryProblem(health: Health): ConnectionNotice | undefined {
  const { address, state, syncing, lastSyncAt, unreachable, failedAttempts, lastError, nextRetryAt } = health.registry;
  const revision = formatCount(health.mirror.revision);
  const attempts = formatCount(failedAttempts);
  const retry = unreachable ? { retry: { at: nextRetryAt } } : {};
  if (state === 'disconnected') {
    const title = lastSyncAt
      ? i18n.t('shell:notices.disconnected.titleSince', { revision, time: formatTimestamp(lastSyncAt) })
      : i18n.t('shell:notices.disconnected.title', { revision });
    const detail = !unreachable
      ? i18n.t('shell:notices.disconnected.detail', { address })
      : lastError
        ? i18n.t('shell:notices.disconnected.detailLastError', { address, attempts, error: lastError.message })
        : i18n.t('shell:notices.disconnected.detailAttempts', { address, attempts });
    return { id: 'registry', tone: 'danger', title, detail, ...retry };
  }
  if (state === 'connecting' && unreachable) {
    return {
      id: 'registry',
      tone: 'danger',
      title: lastError
        ? i18n.t('shell:notices.unreachable.titleError', { address, error: lastError.message })
        : i18n.t('shell:notices.unreachable.title', { address }),
      detail: i18n.t('shell:notices.unreachable.detail', { attempts }),
      ...retry,
    };
  }
  if (state === 'connecting') {
    return {
      id: 'registry',
      tone: 'warning',
      title: i18n.t('shell:notices.connecting.title', { address }),
      detail: i18n.t('shell:notices.connecting.detail', { revision }),
    };
  }
  if (syncing) {
    return { id: 'registry', tone: 'info', title: i18n.t('shell:notices.syncing.title'), detail: i18n.t('shell:notices.syncing.detail') };
  }
  return undefined;
}
