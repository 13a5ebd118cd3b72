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

const breadcrumbs = [{ label: 'Releases', to: appPaths.releases }];

/** /releases/:id — where one gray release stands, what it predicts, what happened, and the operator's moves. */
export function ReleasePage() {
  const id = useParams().id ?? '';
  const release = useRelease(id);
  const data = release.data;
  const header = (
    <PageHeader
      breadcrumbs={breadcrumbs}
      title={<span className="mono">Release {id}</span>}
      meta={data ? <HeaderBadges release={data} /> : null}
      subtitle={data ? <Target release={data} /> : undefined}
    />
  );
  const notFound = (
    <EmptyState title="Release not found" action={<Link className="button" to={appPaths.releases}>Back to releases</Link>}>
      No gray release has the id <code>{id}</code>.
    </EmptyState>
  );
  return (
    <DetailQueryPage query={release} header={header} noun="release" titleOf={() => `Release ${id}`} notFound={notFound}>
      {(loaded) => <ReleaseBody release={loaded} />}
    </DetailQueryPage>
  );
}

function ReleaseBody({ release }: { release: Release }) {
  const failed = release.state.kind === 'failed' ? release.state.code : undefined;
  const lastPause = release.state.kind === 'paused' ? release.timeline.at(-1) : undefined;
  return (
    <div className={styles.body}>
      {failed ? (
        <NoticeBox tone="danger" title={`The release failed (${failed})`}>
          <p>{refusalMessage(failed) ?? 'Roll it back to restore the rule files.'}</p>
        </NoticeBox>
      ) : null}
      {lastPause && lastPause.kind !== 'operator' ? (
        <NoticeBox tone="warning" title="The console paused this release">
          <p>{lastPause.reason}</p>
        </NoticeBox>
      ) : null}
      <section className={styles.card} aria-label="Progress">
        <ReleaseStepProgress release={release} />
        <ReleaseActions release={release} />
      </section>
      <div className={styles.grid}>
        <Panel title="Current split (predicted)">
          <div className={styles.panelBody}>
            <ReleaseSplit release={release} />
          </div>
        </Panel>
        <Panel title="Instances" count={release.canary.length + release.stable.length}>
          <div className={styles.panelBody}>
            <ReleaseInstances release={release} />
          </div>
        </Panel>
      </div>
      {release.mode === 'weighted' ? (
        <RegionBoundary what="the steps">
          <Panel title="Steps" count={release.steps.length}>
            <ReleaseStepsTable release={release} />
          </Panel>
        </RegionBoundary>
      ) : null}
      <Panel title="Timeline" count={release.timeline.length}>
        <ReleaseTimeline timeline={release.timeline} />
      </Panel>
      <Panel title="Touched rule files" count={release.touchedRules.length} note="Rollback undoes exactly what the release wrote: a file comes back as the release found it, with edits others made elsewhere in it kept.">
        <TouchedRules rules={release.touchedRules} />
      </Panel>
    </div>
  );
}

function HeaderBadges({ release }: { release: Release }) {
  return (
    <>
      <ReleaseStateBadge state={release.state.kind} />
      <Badge tone="accent">{release.mode}</Badge>
      {release.currentStep === null ? null : <Badge>{releaseStepLabel(release)}</Badge>}
    </>
  );
}

function Target({ release }: { release: Release }) {
  return (
    <>
      <Link to={appPaths.application(release.application)}>{release.application}</Link>
      {release.service ? (
        <>
          {' / '}
          <Link to={appPaths.service(release.service)} className="mono">{release.service}</Link>
        </>
      ) : ' · every service'}
      {' · created '}
      <RelativeTime iso={release.createdAt} /> by {release.createdBy}
      {release.reason ? ` — “${release.reason}”` : ''}
    </>
  );
}
