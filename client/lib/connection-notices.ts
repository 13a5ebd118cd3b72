import type { Health } from '@contract/health.ts';
import { ApiRequestError } from './api-client.ts';
import { formatTimestamp } from './display-format.ts';
import type { LiveStreamStatus } from './live-event-stream.ts';

/**
 * What the status banner says, derived from health and the event stream. The console must be honest
 * about staleness: whenever the registry is not fully synced, the server is unreachable or live
 * updates are paused, the operator is told what they are looking at.
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
    notices.push({
      id: 'stream',
      tone: 'warning',
      title: 'Live updates paused, reconnecting…',
      detail: 'Pages still load; they refresh themselves again once the event stream is back.',
    });
  }
  return notices;
}

function serverProblem(error: unknown, health: Health | undefined): ConnectionNotice | undefined {
  if (!error) return undefined;
  const unreachable = !(error instanceof ApiRequestError) || error.isTransient;
  const stale = health ? ` Showing data from revision ${health.mirror.revision}.` : '';
  if (unreachable) {
    return { id: 'server', tone: 'danger', title: 'Cannot reach the Switchboard server.', detail: `Retrying…${stale}` };
  }
  return { id: 'server', tone: 'danger', title: 'The server could not report its health.', detail: error.message };
}

function registryProblem(health: Health): ConnectionNotice | undefined {
  const { address, state, syncing, lastSyncAt, unreachable, failedAttempts, lastError, nextRetryAt } = health.registry;
  const revision = health.mirror.revision;
  const attempts = unreachable ? `: ${failedAttempts} failed attempts${lastError ? `, the last: ${lastError.message}` : ''}` : '';
  const retry = unreachable ? { retry: { at: nextRetryAt } } : {};
  if (state === 'disconnected') {
    const since = lastSyncAt ? `, last synced ${formatTimestamp(lastSyncAt)}` : '';
    return {
      id: 'registry',
      tone: 'danger',
      title: `Registry disconnected — showing the last known state, revision ${revision}${since}.`,
      detail: `Switchboard keeps reconnecting to ${address}${attempts}. Changes made meanwhile appear once it is back.`,
      ...retry,
    };
  }
  if (state === 'connecting' && unreachable) {
    return {
      id: 'registry',
      tone: 'danger',
      title: `Registry unreachable: ${address}${lastError ? ` — ${lastError.message}` : ''}.`,
      detail: `Nothing has been read from it yet (${failedAttempts} failed connection attempts); pages fill in once it answers.`,
      ...retry,
    };
  }
  if (state === 'connecting') {
    return {
      id: 'registry',
      tone: 'warning',
      title: `Connecting to the registry at ${address}…`,
      detail: `Showing the last known state, revision ${revision}.`,
    };
  }
  if (syncing) {
    return {
      id: 'registry',
      tone: 'info',
      title: 'Syncing with the registry…',
      detail: 'Lists may be incomplete until the first full sync finishes.',
    };
  }
  return undefined;
}
