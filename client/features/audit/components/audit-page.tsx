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
const AUDIT_ACTIONS = [...governanceActionSchema.options, 'rollback'] as const;

export function AuditPage() {
  useSlashFocus('Filter by target');
  const list = useListUrlState(auditUrlState);
  const { state: filters, filtered } = list;
  const audit = useAudit(filters);
  const entries = audit.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      <title>Audit · Switchboard</title>
      <PageHeader title="Audit" subtitle="Who changed which rule, when and why. Expand an entry for the file before and after." />
      <AuditVerificationPanel />
      <Panel
        title="Audit trail"
        count={audit.data ? `${entries.length}${audit.hasNextPage ? '+' : ''}` : undefined}
        toolbar={
          <div className={styles.filters}>
            <SearchBox label="Filter by actor" placeholder="Actor" width="160px" {...list.search('actor')} />
            <FilterSelect label="Action" allLabel="All actions" options={AUDIT_ACTIONS} value={filters.action} onChange={(action) => list.filter({ action }, { replace: true })} />
            <SearchBox label="Filter by target" placeholder="Rule node, service, application" width="260px" {...list.search('target')} />
          </div>
        }
      >
        {audit.isPending ? (
          <p role="status" className={styles.loading}>Loading the audit trail…</p>
        ) : audit.isError && entries.length === 0 ? (
          <ErrorState error={audit.error} what="the audit trail" onRetry={() => void audit.refetch()} />
        ) : entries.length === 0 ? (
          filtered ? (
            <EmptyState title="No entries match" action={<button type="button" className="button" onClick={list.clearFilters}>Clear filters</button>} />
          ) : (
            <EmptyState title="No governance changes yet">Weight changes, disables, enables and rollbacks made here are recorded with their reason.</EmptyState>
          )
        ) : (
          <ol className={styles.list} aria-label="Audit entries">
            {entries.map((entry) => (
              <AuditEntryRow key={entry.id} entry={entry} />
            ))}
          </ol>
        )}
        {audit.hasNextPage ? (
          <div className={styles.more}>
            <button type="button" className="button" disabled={audit.isFetchingNextPage} onClick={() => void audit.fetchNextPage()}>
              {audit.isFetchingNextPage ? 'Loading…' : 'Load more'}
            </button>
          </div>
        ) : null}
        {audit.isFetchNextPageError ? <ErrorState error={audit.error} what="older entries" onRetry={() => void audit.fetchNextPage()} /> : null}
      </Panel>
    </>
  );
}
