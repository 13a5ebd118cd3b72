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

const breadcrumbs = [{ label: 'Services', to: appPaths.services }];

type ServiceDetailPageProps = {
  /** Per-provider controls, composed in by app/ (e.g. from a governance feature). */
  providerActions?: ProviderActions;
};

export function ServiceDetailPage({ providerActions }: ServiceDetailPageProps) {
  useSlashFocus('Filter providers');
  const key = useParams().key ?? '';
  const providersList = useListUrlState(providersUrlState);
  const consumersList = useListUrlState(consumersUrlState);
  const service = useServiceDetail(key);

  const header = (
    <PageHeader
      breadcrumbs={breadcrumbs}
      title={<span className="mono">{key}</span>}
      meta={service.data ? <ActiveReleaseLinks service={{ key, applications: [...new Set(service.data.providers.map((p) => p.application))] }} /> : null}
      actions={<CopyButton text={key} label="Copy service key" />}
    />
  );

  const notFound = (
    <EmptyState title="Service not found" action={<Link className="button" to={appPaths.services}>Back to services</Link>}>
      No service with key <code>{key}</code> is in the registry. It may have been unregistered, or the link is
      mistyped.
    </EmptyState>
  );
  return (
    <DetailQueryPage query={service} header={header} noun="service" titleOf={(detail) => detail?.key ?? key} notFound={notFound}>
      {(detail) => (
        <>
          <ServiceSummary service={detail} />
          <div className={styles.panels}>
            <RegionBoundary what="the providers">
              <ProvidersPanel service={detail} list={providersList} actions={providerActions} />
            </RegionBoundary>
            <RegionBoundary what="the consumers">
              <ConsumersPanel consumers={detail.consumers} list={consumersList} />
            </RegionBoundary>
            <RegionBoundary what="the rules">
              <RulesPanel rules={detail.rules} />
            </RegionBoundary>
          </div>
        </>
      )}
    </DetailQueryPage>
  );
}
