import { Trans, useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Release } from '@contract/releases.ts';
import { Badge } from '../../../components/badge.tsx';
import { DetailQueryPage } from '../../../components/detail-query-page.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { NoticeBox } from '../../../components/notice-box.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { Panel } from '../../../components/panel.tsx';
import { RegionBoundary } from '../../../components/region-boundary.tsx';
import { RelativeTime } from '../../../components/relative-time.tsx';
import { ReleaseStateBadge } from '../../../components/release-state-badge.tsx';
import { appPaths } from '../../../lib/app-paths.ts';
import { useRelease } from '../../../lib/queries/release-queries.ts';
import { releaseStepLabel } from '../../../lib/release-summary.ts';
import { refusalMessage } from '../release-refusals.ts';
import { ReleaseActions } from './release-actions.tsx';
import { ReleaseInstances } from './release-instances.tsx';
import styles from './release-page.module.css';
import { ReleaseSplit } from './release-split.tsx';
import { ReleaseStepProgress } from './release-step-progress.tsx';
import { ReleaseStepsTable } from './release-steps-table.tsx';
import { ReleaseTimeline } from './release-timeline.tsx';
import { TouchedRules } from './touched-rules.tsx';

/** /releases/:id — where one gray release stands, what it predicts, what happened, and the operator's moves. */
export function ReleasePage() {
  const { t } = useTranslation('releases');
  const id = useParams().id ?? '';
  const release = useRelease(id);
  const data = release.data;
  const header = (
    <PageHeader
      breadcrumbs={[{ label: t('page.breadcrumb'), to: appPaths.releases }]}
      title={<span className="mono">{t('page.title', { id })}</span>}
      meta={data ? <HeaderBadges release={data} /> : null}
      subtitle={data ? <Target release={data} /> : undefined}
    />
  );
  const notFound = (
    <EmptyState title={t('page.notFoundTitle')} action={<Link className="button" to={appPaths.releases}>{t('page.backToReleases')}</Link>}>
      <Trans t={t} i18nKey="page.notFoundBody" values={{ id }} components={{ code: <code /> }} />
    </EmptyState>
  );
  return (
    <DetailQueryPage query={release} header={header} noun={t('page.noun')} titleOf={() => t('page.title', { id })} notFound={notFound}>
      {(loaded) => <ReleaseBody release={loaded} />}
    </DetailQueryPage>
  );
}

function ReleaseBody({ release }: { release: Release }) {
  const { t } = useTranslation('releases');
  const failed = release.state.kind === 'failed' ? release.state.code : undefined;
  const lastPause = release.state.kind === 'paused' ? release.timeline.at(-1) : undefined;
  return (
    <div className={styles.body}>
      {failed ? (
        <NoticeBox tone="danger" title={t('page.failedTitle', { code: failed })}>
          <p>{refusalMessage(failed) ?? t('page.failedBody')}</p>
        </NoticeBox>
      ) : null}
      {lastPause && lastPause.kind !== 'operator' ? (
        <NoticeBox tone="warning" title={t('page.consolePaused')}>
          <p>{lastPause.reason}</p>
        </NoticeBox>
      ) : null}
      <section className={styles.card} aria-label={t('page.progressLabel')}>
        <ReleaseStepProgress release={release} />
        <ReleaseActions release={release} />
      </section>
      <div className={styles.grid}>
        <Panel title={t('page.splitPanel')}>
          <div className={styles.panelBody}>
            <ReleaseSplit release={release} />
          </div>
        </Panel>
        <Panel title={t('page.instancesPanel')} count={release.canary.length + release.stable.length}>
          <div className={styles.panelBody}>
            <ReleaseInstances release={release} />
          </div>
        </Panel>
      </div>
      {release.mode === 'weighted' ? (
        <RegionBoundary what={t('page.stepsWhat')}>
          <Panel title={t('page.stepsPanel')} count={release.steps.length}>
            <ReleaseStepsTable release={release} />
          </Panel>
        </RegionBoundary>
      ) : null}
      <Panel title={t('page.timelinePanel')} count={release.timeline.length}>
        <ReleaseTimeline timeline={release.timeline} />
      </Panel>
      <Panel title={t('page.touchedPanel')} count={release.touchedRules.length} note={t('page.touchedNote')}>
        <TouchedRules rules={release.touchedRules} />
      </Panel>
    </div>
  );
}

function HeaderBadges({ release }: { release: Release }) {
  const { t } = useTranslation('releases');
  return (
    <>
      <ReleaseStateBadge state={release.state.kind} />
      <Badge tone="accent">{t(`mode.${release.mode}`)}</Badge>
      {release.currentStep === null ? null : <Badge>{releaseStepLabel(release)}</Badge>}
    </>
  );
}

function Target({ release }: { release: Release }) {
  const { t } = useTranslation('releases');
  return (
    <>
      <Trans
        t={t}
        i18nKey={release.service ? 'page.target.ofService' : 'page.target.ofApplication'}
        values={{ application: release.application, service: release.service ?? '', actor: release.createdBy }}
        components={{
          app: <Link to={appPaths.application(release.application)} />,
          service: <Link to={appPaths.service(release.service ?? '')} className="mono" />,
          time: <RelativeTime iso={release.createdAt} />,
        }}
      />
      {release.reason ? t('page.target.reason', { reason: release.reason }) : ''}
    </>
  );
}
