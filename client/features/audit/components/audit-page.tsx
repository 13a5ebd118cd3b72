import { RELEASE_ACTIONS, auditActionLabel } from '../audit-action.ts';
import { useTranslation } from 'react-i18next';
import { governanceActionSchema } from '@contract/governance.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { FilterSelect } from '../../../components/filter-select.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { Panel } from '../../../components/panel.tsx';
import { SearchBox } from '../../../components/search-box.tsx';
import { useListUrlState } from '../../../lib/use-list-url-state.ts';
import { useAudit } from '../api/get-audit.ts';
import { auditUrlState } from '../audit-url-state.ts';
import { AuditEntryRow } from './audit-entry-row.tsx';
import { AuditVerificationPanel } from './audit-verification.tsx';
import styles from './audit-page.module.css';
import { useSlashFocus } from '../../../lib/use-slash-focus.ts';

/** Every governance write the console made, newest first, filterable by who, what and where. */
/** Every action the console records: the governance actions and rollback. */
const AUDIT_ACTIONS = [...governanceActionSchema.options, 'rollback', ...RELEASE_ACTIONS] as const;

export function AuditPage() {
  const { t } = useTranslation('audit');
  useSlashFocus(t('filters.target'));
  const list = useListUrlState(auditUrlState);
  const { state: filters, filtered } = list;
  const audit = useAudit(filters);
  const entries = audit.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      <title>{t('documentTitle')}</title>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <AuditVerificationPanel />
      <Panel
        title={t('trail')}
        count={audit.data ? `${entries.length}${audit.hasNextPage ? '+' : ''}` : undefined}
        toolbar={
          <div className={styles.filters}>
            <SearchBox label={t('filters.actor')} placeholder={t('filters.actorPlaceholder')} width="160px" {...list.search('actor')} />
            <FilterSelect label={t('filters.action')} allLabel={t('filters.allActions')} options={AUDIT_ACTIONS} optionLabel={auditActionLabel} value={filters.action} onChange={(action) => list.filter({ action }, { replace: true })} />
            <SearchBox label={t('filters.target')} placeholder={t('filters.targetPlaceholder')} width="260px" {...list.search('target')} />
          </div>
        }
      >
        {audit.isPending ? (
          <p role="status" className={styles.loading}>{t('loading')}</p>
        ) : audit.isError && entries.length === 0 ? (
          <ErrorState error={audit.error} what={t('what')} onRetry={() => void audit.refetch()} />
        ) : entries.length === 0 ? (
          filtered ? (
            <EmptyState title={t('noMatch')} action={<button type="button" className="button" onClick={list.clearFilters}>{t('clearFilters')}</button>} />
          ) : (
            <EmptyState title={t('emptyTitle')}>{t('emptyBody')}</EmptyState>
          )
        ) : (
          <ol className={styles.list} aria-label={t('entries')}>
            {entries.map((entry) => (
              <AuditEntryRow key={entry.id} entry={entry} />
            ))}
          </ol>
        )}
        {audit.hasNextPage ? (
          <div className={styles.more}>
            <button type="button" className="button" disabled={audit.isFetchingNextPage} onClick={() => void audit.fetchNextPage()}>
              {audit.isFetchingNextPage ? t('loadingMore') : t('loadMore')}
            </button>
          </div>
        ) : null}
        {audit.isFetchNextPageError ? <ErrorState error={audit.error} what={t('olderWhat')} onRetry={() => void audit.fetchNextPage()} /> : null}
      </Panel>
    </>
  );
}
