import { useState } from 'react';
import { Link } from 'react-router';
import type { AuditEntry } from '@contract/audit.ts';
import { Badge } from '../../../components/badge.tsx';
import { DiffView } from '../../../components/diff-view.tsx';
import { RelativeTime } from '../../../components/relative-time.tsx';
import { appPaths } from '../../../lib/app-paths.ts';
import { formatTimestamp } from '../../../lib/display-format.ts';
import { diffTexts, foldContext } from '../../../lib/line-diff.ts';
import styles from './audit-page.module.css';

/** How the actor signed in and where the request came from, e.g. "token ci · from 10.0.0.7 · request 5f3a…". */
function accountability(entry: AuditEntry): string | undefined {
  const parts = [
    entry.via === 'token' && entry.token !== undefined ? `token ${entry.token}` : entry.via,
    entry.source === undefined ? undefined : `from ${entry.source}`,
    entry.requestId === undefined ? undefined : `request ${entry.requestId}`,
  ].filter((part) => part !== undefined);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

/** One audit entry: a summary line, expandable to the rule file's before → after diff and who made it how. */
export function AuditEntryRow({ entry }: { entry: AuditEntry }) {
  const [open, setOpen] = useState(false);
  const where = entry.target.scope === 'service' ? entry.target.serviceKey : entry.target.application;
  const how = accountability(entry);
  const legacy = [...entry.legacy.created.map((url) => `+ ${url}`), ...entry.legacy.removed.map((url) => `− ${url}`)];
  return (
    <li className={styles.entry} aria-label={`${entry.action} by ${entry.actor}`}>
      <div className={styles.summary}>
        <button type="button" className={`button button-small button-quiet ${styles.toggle}`} aria-expanded={open} aria-label={open ? 'Hide the diff' : 'Show the diff'} onClick={() => setOpen(!open)}>
          {open ? '▾' : '▸'}
        </button>
        <span className={styles.time}>
          <span className={styles.absolute}>{formatTimestamp(entry.at)}</span>
          <RelativeTime iso={entry.at} />
        </span>
        <span className={styles.who}>
          <span className={styles.actor} title={how === undefined ? entry.actor : `${entry.actor} (${how})`}>{entry.actor}</span>
          {entry.via === undefined ? null : <span className={styles.via}>{entry.via === 'token' && entry.token !== undefined ? `token ${entry.token}` : entry.via}</span>}
        </span>
        <Badge tone={entry.action.includes('disable') ? 'danger' : 'accent'}>{entry.action}</Badge>
        <span className={styles.target}>
          {where && entry.target.scope === 'service' ? <Link to={appPaths.service(where)} className="mono">{where}</Link> : <span className="mono">{where}</span>}
          {entry.target.addresses.length > 0 ? <span className="mono muted"> · {entry.target.addresses.join(', ')}</span> : null}
        </span>
        <span className={styles.reason}>{entry.reason ? `“${entry.reason}”` : <span className="muted">no reason given</span>}</span>
        <Link className={styles.rule} to={appPaths.rule(entry.target.node)}>
          {entry.target.node}
          {entry.ruleVersion !== null ? ` (v${entry.ruleVersion})` : ''}
          {entry.restoredVersion !== undefined ? <span className="muted"> · restored history version #{entry.restoredVersion}</span> : null}
        </Link>
      </div>
      {open ? (
        <div className={styles.details}>
          {how === undefined ? null : <p className={styles.accountability} aria-label="Accountability">{how}</p>}
          <DiffView label={`Rule file diff for entry ${entry.id}`} lines={foldContext(diffTexts(entry.before, entry.after))} emptyText="The rule file text did not change." />
          {legacy.length > 0 ? (
            <ul className={styles.legacy} aria-label="Dubbo 2.6 override nodes">
              {legacy.map((line) => <li key={line}>{line}</li>)}
            </ul>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
