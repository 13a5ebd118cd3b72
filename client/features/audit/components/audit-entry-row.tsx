import { auditActionLabel } from '../audit-action.ts';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AuditEntry } from '@contract/audit.ts';
import { Badge } from '../../../components/badge.tsx';
import { DiffView } from '../../../components/diff-view.tsx';
import { RelativeTime } from '../../../components/relative-time.tsx';
import { appPaths } from '../../../lib/app-paths.ts';
import { formatTimestamp } from '../../../lib/display-format.ts';
import { diffTexts, foldContext } from '../../../lib/line-diff.ts';
import styles from './audit-page.module.css';

/** How the actor signed in: "session", "token ci"… */
function viaText(entry: AuditEntry, t: TFunction<'audit'>): string | undefined {
  if (entry.via === undefined) return undefined;
  return entry.via === 'token' && entry.token !== undefined ? t('via.tokenNamed', { name: entry.token }) : t(`via.${entry.via}`);
}

/** How the actor signed in and where the request came from, e.g. "token ci · from 10.0.0.7 · request 5f3a…". */
function accountability(entry: AuditEntry, t: TFunction<'audit'>): string | undefined {
  const parts = [
    viaText(entry, t),
    entry.source === undefined ? undefined : t('how.from', { source: entry.source }),
    entry.requestId === undefined ? undefined : t('how.request', { id: entry.requestId }),
  ].filter((part) => part !== undefined);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

/** One audit entry: a summary line, expandable to the rule file's before → after diff and who made it how. */
export function AuditEntryRow({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation('audit');
  const [open, setOpen] = useState(false);
  const where = entry.target.scope === 'service' ? entry.target.serviceKey : entry.target.application;
  const how = accountability(entry, t);
  const via = viaText(entry, t);
  const legacy = [...entry.legacy.created.map((url) => `+ ${url}`), ...entry.legacy.removed.map((url) => `− ${url}`)];
  return (
    <li className={styles.entry} aria-label={t('entry.label', { action: auditActionLabel(entry.action), actor: entry.actor })}>
      <div className={styles.summary}>
        <button
          type="button"
          className={`button button-small button-quiet ${styles.toggle}`}
          aria-expanded={open}
          aria-label={open ? t('entry.hideDiff') : t('entry.showDiff')}
          onClick={() => setOpen(!open)}
        >
          {open ? '▾' : '▸'}
        </button>
        <span className={styles.time}>
          <span className={styles.absolute}>{formatTimestamp(entry.at)}</span>
          <RelativeTime iso={entry.at} />
        </span>
        <span className={styles.who}>
          <span className={styles.actor} title={how === undefined ? entry.actor : t('entry.actorHow', { actor: entry.actor, how })}>{entry.actor}</span>
          {via === undefined ? null : <span className={styles.via}>{via}</span>}
        </span>
        <Badge tone={entry.action.includes('disable') ? 'danger' : 'accent'} title={entry.action}>
          {auditActionLabel(entry.action)}
        </Badge>
        <span className={styles.target}>
          {where && entry.target.scope === 'service' ? <Link to={appPaths.service(where)} className="mono">{where}</Link> : <span className="mono">{where}</span>}
          {entry.target.addresses.length > 0 ? (
            <span className="mono muted"> · {entry.target.addresses.join(', ')}</span>
          ) : null}
        </span>
        <span className={styles.reason}>{entry.reason ? t('entry.reason', { reason: entry.reason }) : <span className="muted">{t('entry.noReason')}</span>}</span>
        <Link className={styles.rule} to={appPaths.rule(entry.target.node)}>
          {entry.target.node}
          {entry.ruleVersion !== null ? t('entry.ruleVersion', { version: entry.ruleVersion }) : ''}
          {entry.restoredVersion !== undefined ? <span className="muted">{t('entry.restored', { version: entry.restoredVersion })}</span> : null}
        </Link>
      </div>
      {open ? (
        <div className={styles.details}>
          {how === undefined ? null : <p className={styles.accountability} aria-label={t('entry.accountability')}>{how}</p>}
          <DiffView label={t('entry.diff', { id: entry.id })} lines={foldContext(diffTexts(entry.before, entry.after))} emptyText={t('entry.unchanged')} />
          {legacy.length > 0 ? (
            <ul className={styles.legacy} aria-label={t('entry.legacy')}>
              {legacy.map((line) => <li key={line}>{line}</li>)}
            </ul>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
