import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadedList, queryTableView } from '../../../components/loaded-list.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { Panel } from '../../../components/panel.tsx';
import { SearchBox } from '../../../components/search-box.tsx';
import { formatCount } from '../../../lib/display-format.ts';
import { useListUrlState, useServerPaging } from '../../../lib/use-list-url-state.ts';
import { useApplications } from '../../../lib/queries/applications-query.ts';
import { applicationListQuery, applicationsUrlState } from '../applications-url-state.ts';
import { ApplicationsTable } from './applications-table.tsx';
import { useSlashFocus } from '../../../lib/use-slash-focus.ts';

export function ApplicationsPage() {
  const { t } = useTranslation('applications');
  useSlashFocus(t('list.search'));
  const list = useListUrlState(applicationsUrlState);
  const { state } = list;
  const applications = useApplications(applicationListQuery(state));
  const total = applications.data?.total;
  const paging = useServerPaging(list, applications.isPlaceholderData ? undefined : total);

  const empty = state.q ? (
    <EmptyState
      title={t('list.noMatch', { q: state.q })}
      action={<button type="button" className="button" onClick={list.clearFilters}>{t('list.clearSearch')}</button>}
    />
  ) : (
    <EmptyState title={t('list.emptyTitle')}>
      {t('list.emptyBody')}
    </EmptyState>
  );

  return (
    <>
      <title>{t('list.documentTitle')}</title>
      <PageHeader title={t('list.title')} subtitle={t('list.subtitle')} />
      <Panel
        title={state.q ? t('list.matching') : t('list.all')}
        count={total !== undefined ? formatCount(total) : undefined}
        toolbar={
          <SearchBox label={t('list.search')} placeholder={t('list.searchPlaceholder')} {...list.search('q')} />
        }
      >
        <LoadedList query={applications} what={t('list.what')} pagination={total ? { noun: t('list.noun'), total, ...paging } : undefined}>
          <ApplicationsTable applications={applications.data?.items} {...list.sorting} {...queryTableView(applications)} empty={empty} />
        </LoadedList>
      </Panel>
    </>
  );
}
