import type { TFunction } from 'i18next';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadedList, queryTableView } from '../../../components/loaded-list.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { Panel } from '../../../components/panel.tsx';
import { SearchBox } from '../../../components/search-box.tsx';
import { appPaths } from '../../../lib/app-paths.ts';
import { formatCount } from '../../../lib/display-format.ts';
import { useListUrlState, useServerPaging } from '../../../lib/use-list-url-state.ts';
import { useServices } from '../api/get-services.ts';
import { serviceListQuery, servicesUrlState } from '../services-url-state.ts';
import { ServicesTable } from './services-table.tsx';
import { useSlashFocus } from '../../../lib/use-slash-focus.ts';

export function ServicesPage() {
  const { t } = useTranslation('services');
  useSlashFocus(t('list.searchLabel'));
  const list = useListUrlState(servicesUrlState);
  const { state, filtered, clearFilters } = list;
  const services = useServices(serviceListQuery(state));
  const total = services.data?.total;
  const paging = useServerPaging(list, services.isPlaceholderData ? undefined : total);

  const empty = filtered ? (
    <EmptyState
      title={t('list.empty.filteredTitle')}
      action={<button type="button" className="button" onClick={clearFilters}>{t('list.clearFilters')}</button>}
    >
      {filterSummary(t, state.q, state.app)}
    </EmptyState>
  ) : (
    <EmptyState title={t('list.empty.noneTitle')}>{t('list.empty.none')}</EmptyState>
  );

  return (
    <>
      <title>{t('list.documentTitle')}</title>
      <PageHeader title={t('list.title')} subtitle={t('list.subtitle')} />
      <Panel
        title={filtered ? t('list.panelMatching') : t('list.panelAll')}
        count={total !== undefined ? formatCount(total) : undefined}
        toolbar={
          <>
            <SearchBox label={t('list.searchLabel')} placeholder={t('list.searchPlaceholder')} {...list.search('q')} />
            <SearchBox label={t('list.appFilterLabel')} placeholder={t('list.appFilterPlaceholder')} width="200px" {...list.search('app')} />
            {filtered && total !== 0 ? (
              <button type="button" className="button" onClick={clearFilters}>
                {t('list.clearFilters')}
              </button>
            ) : null}
          </>
        }
        note={
          state.app ? (
            <Trans t={t} i18nKey="list.appNote" values={{ app: state.app }} components={{ app: <Link to={appPaths.application(state.app)} /> }} />
          ) : undefined
        }
      >
        <LoadedList query={services} what={t('list.what')} pagination={total ? { noun: t('list.noun'), total, ...paging } : undefined}>
          <ServicesTable services={services.data?.items} {...list.sorting} {...queryTableView(services)} empty={empty} />
        </LoadedList>
      </Panel>
    </>
  );
}

function filterSummary(t: TFunction<'services'>, q: string, app: string): string {
  if (q && app) return t('list.empty.queryAndApp', { q, app });
  if (app) return t('list.empty.app', { app });
  return t('list.empty.query', { q });
}
