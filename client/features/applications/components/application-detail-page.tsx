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

const breadcrumbs = [{ label: 'Applications', to: appPaths.applications }];

type ApplicationDetailPageProps = {
  /** Renders an "Actions" column in the instances table (app/ composes governance in). */
  instanceActions?: InstanceActions;
};

export function ApplicationDetailPage({ instanceActions }: ApplicationDetailPageProps = {}) {
  useSlashFocus('Filter instances');
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
      actions={may.releases && application.data && application.data.provides.length > 0 ? <Link className="button" to={appPaths.newRelease(name)}>Start a gray release…</Link> : null}
    />
  );

  const notFound = (
    <EmptyState title="Application not found" action={<Link className="button" to={appPaths.applications}>Back to applications</Link>}>
      No instance of <strong>{name}</strong> is registered right now.
    </EmptyState>
  );
  return (
    <DetailQueryPage query={application} header={header} noun="application" titleOf={(app) => app?.name ?? name} notFound={notFound}>
      {(app) => (
        <>
          <div className={styles.grid}>
            <RegionBoundary what="the provided services">
              <LinkListPanel title="Provided services" names={app.provides} href={appPaths.service} emptyTitle="Provides no services" mono />
            </RegionBoundary>
            <RegionBoundary what="the consumed services">
              <LinkListPanel title="Consumed services" names={app.consumes} href={appPaths.service} emptyTitle="Consumes no services" mono />
            </RegionBoundary>
            <RegionBoundary what="the callers">
              <LinkListPanel title="Callers" names={app.callers} href={appPaths.application} emptyTitle="No application calls it" />
            </RegionBoundary>
            <RegionBoundary what="the callees">
              <LinkListPanel title="Callees" names={app.callees} href={appPaths.application} emptyTitle="Calls no other application" />
            </RegionBoundary>
          </div>
          <RegionBoundary what="the instances">
            <InstancesPanel instances={app.instances} instanceActions={instanceActions} list={instancesList} />
          </RegionBoundary>
          <RegionBoundary what="the rules">
            <RulesPanel rules={app.rules} subject="application" />
          </RegionBoundary>
        </>
      )}
    </DetailQueryPage>
  );
}

function Roles({ app }: { app: ApplicationDetail }) {
  return (
    <p className={styles.meta}>
      {formatCount(app.instances.length)} instances · provides {formatCount(app.provides.length)} · consumes{' '}
      {formatCount(app.consumes.length)} ·{' '}
      <Link to={appPaths.servicesOfApplication(app.name)}>Show in services list</Link>
    </p>
  );
}
