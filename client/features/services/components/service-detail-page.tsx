import { Trans, useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ActiveReleaseLinks } from '../../../components/active-release-links.tsx';
import { CopyButton } from '../../../components/copy-button.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { DetailQueryPage } from '../../../components/detail-query-page.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { RegionBoundary } from '../../../components/region-boundary.tsx';
import { appPaths } from '../../../lib/app-paths.ts';
import { useListUrlState } from '../../../lib/use-list-url-state.ts';
import { useServiceDetail } from '../../../lib/queries/service-detail-query.ts';
import { consumersUrlState, providersUrlState } from '../service-detail-url-state.ts';
import { ConsumersPanel } from './consumers-panel.tsx';
import { ProvidersPanel } from './providers-panel.tsx';
import type { ProviderActions } from './providers-panel.tsx';
import { RulesPanel } from '../../../components/rules-panel.tsx';
import { ServiceSummary } from './service-summary.tsx';
import styles from './service-detail-page.module.css';
import { useSlashFocus } from '../../../lib/use-slash-focus.ts';

type ServiceDetailPageProps = {
  /** Per-provider controls, composed in by app/ (e.g. from a governance feature). */
  providerActions?: ProviderActions;
};

export function ServiceDetailPage({ providerActions }: ServiceDetailPageProps) {
  const { t } = useTranslation('services');
  useSlashFocus(t('providers.filterLabel'));
  const key = useParams().key ?? '';
  const providersList = useListUrlState(providersUrlState);
  const consumersList = useListUrlState(consumersUrlState);
  const service = useServiceDetail(key);

  const header = (
    <PageHeader
      breadcrumbs={[{ label: t('detail.breadcrumb'), to: appPaths.services }]}
      title={<span className="mono">{key}</span>}
      meta={service.data ? <ActiveReleaseLinks service={{ key, applications: [...new Set(service.data.providers.map((p) => p.application))] }} /> : null}
      actions={<CopyButton text={key} label={t('detail.copyKey')} />}
    />
  );

  const notFound = (
    <EmptyState title={t('detail.notFoundTitle')} action={<Link className="button" to={appPaths.services}>{t('detail.backToServices')}</Link>}>
      <Trans t={t} i18nKey="detail.notFound" values={{ key }} components={{ code: <code /> }} />
    </EmptyState>
  );
  return (
    <DetailQueryPage query={service} header={header} noun={t('detail.noun')} titleOf={(detail) => detail?.key ?? key} notFound={notFound}>
      {(detail) => (
        <>
          <ServiceSummary service={detail} />
          <div className={styles.panels}>
            <RegionBoundary what={t('detail.regionProviders')}>
              <ProvidersPanel service={detail} list={providersList} actions={providerActions} />
            </RegionBoundary>
            <RegionBoundary what={t('detail.regionConsumers')}>
              <ConsumersPanel consumers={detail.consumers} list={consumersList} />
            </RegionBoundary>
            <RegionBoundary what={t('detail.regionRules')}>
              <RulesPanel rules={detail.rules} />
            </RegionBoundary>
          </div>
        </>
      )}
    </DetailQueryPage>
  );
}
