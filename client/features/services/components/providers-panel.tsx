import type { ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { Instance } from '@contract/instance.ts';
import type { ServiceDetail } from '@contract/services.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { Pagination } from '../../../components/pagination.tsx';
import { Panel } from '../../../components/panel.tsx';
import { SearchBox } from '../../../components/search-box.tsx';
import { formatCount } from '../../../lib/display-format.ts';
import { localListPage } from '../../../lib/local-list.ts';
import type { ListUrlStateControls } from '../../../lib/use-list-url-state.ts';
import { providerComparator } from '../provider-order.ts';
import { providerSearchText } from '../provider-state.ts';
import type { providersUrlState } from '../service-detail-url-state.ts';
import { ProvidersTable } from './providers-table.tsx';

const PAGE_SIZE = 100;

export type ProviderActions = (service: ServiceDetail, provider: Instance) => ReactNode;

type ProvidersPanelProps = {
  service: ServiceDetail;
  list: ListUrlStateControls<typeof providersUrlState.schema>;
  actions?: ProviderActions | undefined;
};

export function ProvidersPanel({ service, list, actions }: ProvidersPanelProps) {
  const { t } = useTranslation('services');
  const { state } = list;
  const page = localListPage(service.providers, {
    query: state.q,
    searchText: providerSearchText,
    compare: providerComparator(state.sort),
    order: state.order,
    page: state.page,
    pageSize: PAGE_SIZE,
  });
  const enabled = service.providers.filter((provider) => provider.enabled).length;
  const empty = state.q ? (
    <EmptyState
      title={t('providers.noMatch', { q: state.q })}
      action={<button type="button" className="button" onClick={list.clearFilters}>{t('providers.clearSearch')}</button>}
    />
  ) : (
    <EmptyState title={t('providers.noneTitle')}>{t('providers.none')}</EmptyState>
  );

  return (
    <Panel
      title={t('providers.title')}
      id="providers"
      count={t('providers.count', { enabled: formatCount(enabled), total: formatCount(service.providers.length) })}
      note={<ShareNote service={service} />}
      toolbar={<SearchBox label={t('providers.filterLabel')} placeholder={t('providers.filterPlaceholder')} {...list.search('q')} />}
    >
      <ProvidersTable
        providers={page.rows}
        {...list.sorting}
        sharesPredictable={service.sharesPredictable}
        empty={empty}
        {...(actions ? { actions: (provider: Instance) => actions(service, provider) } : {})}
      />
      {page.total > PAGE_SIZE ? (
        <Pagination noun={t('providers.noun')} page={page.page} pageSize={PAGE_SIZE} total={page.total} onPage={list.goToPage} />
      ) : null}
    </Panel>
  );
}

function ShareNote({ service }: { service: ServiceDetail }) {
  const { t } = useTranslation('services');
  const specific = service.providers.some((provider) => provider.consumerSpecificRules.length > 0);
  const code = { code: <code />, strong: <strong /> };
  const loadbalance = service.loadbalance;
  return (
    <>
      {service.sharesPredictable ? (
        <Trans t={t} i18nKey="providers.sharePredictable" values={{ loadbalance }} components={code} />
      ) : service.shareNote ? (
        <Trans t={t} i18nKey="providers.shareUnpredictableNote" values={{ loadbalance, note: sentence(service.shareNote) }} components={code} />
      ) : (
        <Trans t={t} i18nKey="providers.shareUnpredictable" values={{ loadbalance }} components={code} />
      )}
      {specific ? t('providers.consumerSpecificNote') : null}
    </>
  );
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
