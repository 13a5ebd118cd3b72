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
import { releaseStepLabel } from '../../../lib/release-summary.ts';
import { useListUrlState } from '../../../lib/use-list-url-state.ts';
import { needsRole } from '../../../lib/permissions.ts';
import { usePermissions } from '../../../lib/session-query.ts';
import { RELEASE_STATES, releasesUrlState } from '../releases-url-state.ts';

const PAGE_SIZE = 50;

const columns: DataColumn<Release>[] = [
  { id: 'id', header: 'Release', cell: (release) => <Link to={appPaths.release(release.id)} className="mono">{release.id}</Link> },
  {
    id: 'target',
    header: 'Application / service',
    wrap: true,
    cell: (release) => (
      <>
        <Link to={appPaths.application(release.application)}>{release.application}</Link>
        {release.service ? (
          <>
            {' / '}
            <Link to={appPaths.service(release.service)} className="mono">{release.service}</Link>
          </>
        ) : <span className="muted"> · all services</span>}
      </>
    ),
  },
  { id: 'mode', header: 'Mode', cell: (release) => <Badge tone="accent">{release.mode}</Badge> },
  { id: 'state', header: 'State', cell: (release) => <ReleaseStateBadge state={release.state.kind} /> },
  { id: 'step', header: 'Current step', cell: (release) => <span className="numeric">{releaseStepLabel(release)}</span> },
  { id: 'canary', header: 'Canary', align: 'end', cell: (release) => formatCount(release.canary.length) },
  { id: 'created', header: 'Created', cell: (release) => <span title={`by ${release.createdBy}`}><RelativeTime iso={release.createdAt} /></span> },
];

/** Every gray release, newest first, filtered by state and application. */
export function ReleasesPage() {
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
      <title>Releases · Switchboard</title>
      <PageHeader
        title="Releases"
        subtitle="Gray releases: a canary set of instances takes a growing share of the calls, step by step, until it is promoted or rolled back."
        actions={
          may.releases ? (
            <Link className="button button-primary" to={appPaths.newRelease()}>New gray release…</Link>
          ) : (
            <button type="button" className="button button-primary" disabled title={needsRole('operator')}>New gray release…</button>
          )
        }
      />
      <Panel
        title="Gray releases"
        count={items ? formatCount(items.length) : undefined}
        toolbar={
          <>
            <FilterSelect label="State" allLabel="All states" options={RELEASE_STATES} value={state.state} onChange={(value) => list.filter({ state: value })} />
            <FilterSelect label="Application" allLabel="All applications" options={applications} value={state.application} onChange={(value) => list.filter({ application: value })} />
          </>
        }
      >
        <LoadedList
          query={releases}
          what="the releases"
          pagination={items && items.length > PAGE_SIZE ? { noun: 'releases', page: list.page, pageSize: PAGE_SIZE, total: items.length, onPage: list.goToPage } : undefined}
        >
          <DataTable
            label="Releases"
            columns={columns}
            rows={items?.slice(offset, offset + PAGE_SIZE)}
            rowKey={(release) => release.id}
            loading={releases.isPending}
            stale={releases.isPlaceholderData}
            rowTone={(release) => (release.state.kind === 'failed' ? 'danger' : release.state.kind === 'paused' ? 'warning' : undefined)}
            empty={
              list.filtered ? (
                <EmptyState title="No releases match" action={<button type="button" className="button" onClick={list.clearFilters}>Clear filters</button>} />
              ) : (
                <EmptyState title="No gray releases yet" action={may.releases ? <Link className="button" to={appPaths.newRelease()}>Start one</Link> : undefined}>
                  A gray release moves a share of one application’s calls to a few instances running a new version.
                </EmptyState>
              )
            }
          />
        </LoadedList>
      </Panel>
    </>
  );
}
