/**
 * How an audit action reads: its catalogue label (`audit:actions.<code>`), or the code itself for an
 * action this console does not know (written by a newer replica) — the code stays the filter value.
 */
import { i18n } from '../../i18n/i18n.ts';

/** The actions the release use cases write (server/releases/release-audit.ts). */
export const RELEASE_ACTIONS = ['release-start', 'release-advance', 'release-pause', 'release-resume', 'release-promote', 'release-rollback', 'release-fail'] as const;

export function auditActionLabel(action: string): string {
  const key = `audit:actions.${action}`;
  return i18n.exists(key) ? i18n.t(key) : action;
}
