import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Release } from '@contract/releases.ts';
import { Badge } from '../../../components/badge.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import type { DataColumn } from '../../../components/data-table.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { FilterSelect } from '../../../components/filter-select.tsx';
import { LoadedList } from '../../../components/loaded-list.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { Panel } from '../../../components/panel.tsx';
import { RelativeTime } from '../../../components/relative-time.tsx';
import { ReleaseStateBadge } from '../../../components/release-state-badge.tsx';
import { appPaths } from '../../../lib/app-paths.ts';
import { formatCount } from '../../../lib/display-format.ts';
import { pageOffset } from '../../../lib/paging.ts';
import { useReleases } from '../../../lib/queries/release-queries.ts';
import { releaseStateLabel, releaseStepLabel } from '../../../lib/release-summary.ts';
import { useListUrlState } from '../../../lib/use-list-url-state.ts';
import { needsRole } from '../../../lib/permissions.ts';
import { usePermissions } from '../../../lib/session-query.ts';
import { RELEASE_STATES, releasesUrlState } from '../releases-url-state.ts';

const PAGE_SIZE = 50;

function columnsOf(t: TFunction<'releases'>): DataColumn<Release>[] {
  return [
    { id: 'id', header: t('list.columns.release'), cell: (release) => <Link to={appPaths.release(release.id)} className="mono">{release.id}</Link> },
    {
      id: 'target',
      header: t('list.columns.target'),
      wrap: true,
      cell: (release) => (
        <>
          <Link to={appPaths.application(release.application)}>{release.application}</Link>
          {release.service ? (
            <>
              {' / '}
              <Link to={appPaths.service(release.service)} className="mono">{release.service}</Link>
            </>
          ) : <span className="muted"> {t('list.allServices')}</span>}
        </>
      ),
    },
    { id: 'mode', header: t('list.columns.mode'), cell: (release) => <Badge tone="accent">{t(`mode.${release.mode}`)}</Badge> },
    { id: 'state', header: t('list.columns.state'), cell: (release) => <ReleaseStateBadge state={release.state.kind} /> },
    { id: 'step', header: t('list.columns.step'), cell: (release) => <span className="numeric">{releaseStepLabel(release)}</span> },
    { id: 'canary', header: t('list.columns.canary'), align: 'end', cell: (release) => formatCount(release.canary.length) },
    { id: 'created', header: t('list.columns.created'), cell: (release) => <span title={t('list.createdBy', { actor: release.createdBy })}><RelativeTime iso={release.createdAt} /></span> },
  ];
}

/** Every gray release, newest first, filtered by state and application. */
export function ReleasesPage() {
  const { t } = useTranslation('releases');
  const columns = columnsOf(t);
  const list = useListUrlState(releasesUrlState);
  const may = usePermissions();
  const { state } = list;
  const releases = useReleases({ state: state.state, application: state.application });
  const everything = useReleases({ state: '', application: '' });
  const applications = [...new Set([...(everything.data?.items.map((r) => r.application) ?? []), ...(state.application ? [state.application] : [])])].sort();
  const items = releases.data?.items;
  const offset = pageOffset(list.page, PAGE_SIZE);
  return (
    <>
      <title>{t('list.documentTitle')}</title>
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        actions={
          may.releases ? (
            <Link className="button button-primary" to={appPaths.newRelease()}>{t('list.newRelease')}</Link>
          ) : (
            <button type="button" className="button button-primary" disabled title={needsRole('operator')}>{t('list.newRelease')}</button>
          )
        }
      />
      <Panel
        title={t('list.panelTitle')}
        count={items ? formatCount(items.length) : undefined}
        toolbar={
          <>
            <FilterSelect label={t('list.stateFilter')} allLabel={t('list.allStates')} options={RELEASE_STATES} optionLabel={releaseStateLabel} value={state.state} onChange={(value) => list.filter({ state: value })} />
            <FilterSelect label={t('list.applicationFilter')} allLabel={t('list.allApplications')} options={applications} value={state.application} onChange={(value) => list.filter({ application: value })} />
          </>
        }
      >
        <LoadedList
          query={releases}
          what={t('list.what')}
          pagination={items && items.length > PAGE_SIZE ? { noun: t('list.pagingNoun'), page: list.page, pageSize: PAGE_SIZE, total: items.length, onPage: list.goToPage } : undefined}
        >
          <DataTable
            label={t('list.tableLabel')}
            columns={columns}
            rows={items?.slice(offset, offset + PAGE_SIZE)}
            rowKey={(release) => release.id}
            loading={releases.isPending}
            stale={releases.isPlaceholderData}
            rowTone={(release) => (release.state.kind === 'failed' ? 'danger' : release.state.kind === 'paused' ? 'warning' : undefined)}
            empty={
              list.filtered ? (
                <EmptyState title={t('list.noMatch')} action={<button type="button" className="button" onClick={list.clearFilters}>{t('list.clearFilters')}</button>} />
              ) : (
                <EmptyState title={t('list.emptyTitle')} action={may.releases ? <Link className="button" to={appPaths.newRelease()}>{t('list.startOne')}</Link> : undefined}>
                  {t('list.emptyBody')}
                </EmptyState>
              )
            }
          />
        </LoadedList>
      </Panel>
    </>
  );
}
