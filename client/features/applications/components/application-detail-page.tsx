import { Trans, useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ApplicationDetail } from '@contract/applications.ts';
import { ActiveReleaseLinks } from '../../../components/active-release-links.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { DetailQueryPage } from '../../../components/detail-query-page.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { RegionBoundary } from '../../../components/region-boundary.tsx';
import { RulesPanel } from '../../../components/rules-panel.tsx';
import { appPaths } from '../../../lib/app-paths.ts';
import { formatCount } from '../../../lib/display-format.ts';
import { usePermissions } from '../../../lib/session-query.ts';
import { useListUrlState } from '../../../lib/use-list-url-state.ts';
import { useApplicationDetail } from '../../../lib/queries/application-detail-query.ts';
import { applicationDetailUrlState } from '../applications-url-state.ts';
import styles from './application-detail-page.module.css';
import { InstancesPanel } from './instances-panel.tsx';
import type { InstanceActions } from './instances-panel.tsx';
import { LinkListPanel } from './link-list-panel.tsx';
import { useSlashFocus } from '../../../lib/use-slash-focus.ts';

type ApplicationDetailPageProps = {
  /** Renders an "Actions" column in the instances table (app/ composes governance in). */
  instanceActions?: InstanceActions;
};

export function ApplicationDetailPage({ instanceActions }: ApplicationDetailPageProps = {}) {
  const { t } = useTranslation('applications');
  useSlashFocus(t('instances.filter'));
  const breadcrumbs = [{ label: t('detail.breadcrumb'), to: appPaths.applications }];
  const name = useParams().name ?? '';
  const instancesList = useListUrlState(applicationDetailUrlState);
  const application = useApplicationDetail(name);
  const may = usePermissions();
  const header = (
    <PageHeader
      breadcrumbs={breadcrumbs}
      title={name}
      meta={
        application.data ? (
          <>
            <Roles app={application.data} />
            <ActiveReleaseLinks application={name} />
          </>
        ) : null
      }
      actions={may.releases && application.data && application.data.provides.length > 0 ? <Link className="button" to={appPaths.newRelease(name)}>{t('detail.startRelease')}</Link> : null}
    />
  );

  const notFound = (
    <EmptyState title={t('detail.notFoundTitle')} action={<Link className="button" to={appPaths.applications}>{t('detail.backToList')}</Link>}>
      <Trans t={t} i18nKey="detail.notFoundBody" values={{ name }} components={{ strong: <strong /> }} />
    </EmptyState>
  );
  return (
    <DetailQueryPage query={application} header={header} noun={t('detail.noun')} titleOf={(app) => app?.name ?? name} notFound={notFound}>
      {(app) => (
        <>
          <div className={styles.grid}>
            <LinkRegion part="provided" names={app.provides} href={appPaths.service} mono />
            <LinkRegion part="consumed" names={app.consumes} href={appPaths.service} mono />
            <LinkRegion part="callers" names={app.callers} href={appPaths.application} />
            <LinkRegion part="callees" names={app.callees} href={appPaths.application} />
          </div>
          <RegionBoundary what={t('detail.instancesWhat')}>
            <InstancesPanel instances={app.instances} instanceActions={instanceActions} list={instancesList} />
          </RegionBoundary>
          <RegionBoundary what={t('detail.rulesWhat')}>
            <RulesPanel rules={app.rules} subject="application" />
          </RegionBoundary>
        </>
      )}
    </DetailQueryPage>
  );
}

type LinkRegionProps = { part: 'provided' | 'consumed' | 'callers' | 'callees'; names: readonly string[]; href: (name: string) => string; mono?: boolean };

/** One of the page's link lists (services provided, callers…) in its own error boundary. */
function LinkRegion({ part, names, href, mono = false }: LinkRegionProps) {
  const { t } = useTranslation('applications');
  return (
    <RegionBoundary what={t(`detail.${part}.what`)}>
      <LinkListPanel title={t(`detail.${part}.title`)} names={names} href={href} emptyTitle={t(`detail.${part}.empty`)} mono={mono} />
    </RegionBoundary>
  );
}

function Roles({ app }: { app: ApplicationDetail }) {
  const { t } = useTranslation('applications');
  return (
    <p className={styles.meta}>
      <Trans
        t={t}
        i18nKey="detail.meta"
        count={app.instances.length}
        values={{ instances: formatCount(app.instances.length), provides: formatCount(app.provides.length), consumes: formatCount(app.consumes.length) }}
        components={{ services: <Link to={appPaths.servicesOfApplication(app.name)} /> }}
      />
    </p>
  );
}
