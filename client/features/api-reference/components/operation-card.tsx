import { useTranslation } from 'react-i18next';
import { Link, type To } from 'react-router';
import type { OperationEntry } from '../operation-index.ts';
import type { OpenApiDocument } from '../openapi-reading.ts';
import { AccessChips } from './access-chips.tsx';
import styles from './api-reference.module.css';
import { MethodBadge } from './method-badge.tsx';
import { OperationDetails } from './operation-details.tsx';

type OperationCardProps = {
  entry: OperationEntry;
  document: OpenApiDocument;
  origin: string;
  open: boolean;
  onToggle: (anchor: string) => void;
  /** The in-page link to this operation (keeps the current filter). */
  href: To;
};

/** One operation: method, path and summary as a toggle; its anchor (`id`) so a link can point at it. */
export function OperationCard({ entry, document, origin, open, onToggle, href }: OperationCardProps) {
  const { t } = useTranslation('apiReference');
  const method = entry.method.toUpperCase();
  const summary = entry.operation.summary ?? entry.operation.operationId;
  const access = entry.operation['x-switchboard-access'];
  const detailsId = `${entry.anchor}-details`;
  return (
    <article id={entry.anchor} className={`${styles.operation} ${open ? styles.operationOpen : ''}`}>
      <div className={styles.operationHead}>
        <button
          type="button"
          className={styles.toggle}
          aria-expanded={open}
          aria-controls={detailsId}
          aria-label={t('operations.toggle', { method, path: entry.path, summary })}
          onClick={() => onToggle(entry.anchor)}
        >
          <span className={styles.chevron} aria-hidden="true">
            ▸
          </span>
          <MethodBadge method={entry.method} />
          <code className={styles.path} data-document-text="">{entry.path}</code>
          <span className={styles.summary} data-document-text="">{summary}</span>
        </button>
        {access ? <AccessChips access={access} brief /> : null}
        <Link className={styles.permalink} to={href} aria-label={t('operations.link', { method, path: entry.path })} title={t('operations.link', { method, path: entry.path })}>
          #
        </Link>
      </div>
      {open ? (
        <div id={detailsId}>
          <OperationDetails entry={entry} document={document} origin={origin} />
        </div>
      ) : null}
    </article>
  );
}
