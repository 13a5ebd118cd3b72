import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApplicationNode } from '@contract/topology.ts';
import { ActiveReleaseLinks } from '../../../components/active-release-links.tsx';
import { Badge } from '../../../components/badge.tsx';
import { appPaths } from '../../../lib/app-paths.ts';
import { formatCount } from '../../../lib/display-format.ts';
import { compareAddresses } from '../../../lib/local-list.ts';
import { useApplicationDetail } from '../../../lib/queries/application-detail-query.ts';
import styles from './node-side-panel.module.css';
import { PanelSection, SidePanelFrame } from './side-panel-frame.tsx';

type ApplicationPanelProps = {
  name: string;
  /** The node as the graph shows it (badges); absent when it left the current view. */
  node: ApplicationNode | undefined;
  onClose: () => void;
  onSelect: (id: string) => void;
  onFocus: (id: string) => void;
};

/** The selected application: its instances, services, neighbours and governance state, with links out. */
export function ApplicationPanel({ name, node, onClose, onSelect, onFocus }: ApplicationPanelProps) {
  const { t } = useTranslation('topology');
  const detail = useApplicationDetail(name);
  const app = detail.data;
  const instances = [...(app?.instances ?? [])].sort((a, b) => compareAddresses(a.address, b.address));
  return (
    <SidePanelFrame
      kind="application"
      name={name}
      onClose={onClose}
      chips={
        node ? (
          <>
            <ApplicationChips node={node} />
            <ActiveReleaseLinks application={name} />
          </>
        ) : null
      }
      pageTo={appPaths.application(name)}
      onNeighbourhood={() => onFocus(`app:${name}`)}
      query={detail}
    >
      {app ? (
        <>
          <PanelSection title={t('panel.instances')} count={instances.length}>
            <ul className={styles.rows} aria-label={t('panel.instances')}>
              {instances.map((instance) => (
                <li key={instance.address} className={styles.row}>
                  <span className={styles.address}>{instance.address}</span>
                  <span className={styles.rowMeta}>
                    {instance.roles.map((role) => t(`panel.roles.${role}`)).join(' + ')}
                    {instance.release ? ` · ${instance.release}` : ''}
                  </span>
                  {instance.disabledServices > 0 ? (
                    <Badge tone="danger" title={t('panel.instanceDisabledTitle')}>
                      {t('panel.disabled', { n: formatCount(instance.disabledServices) })}
                    </Badge>
                  ) : null}
                </li>
              ))}
            </ul>
          </PanelSection>
          <ServiceLinks title={t('panel.providedServices')} keys={app.provides} />
          <ServiceLinks title={t('panel.consumedServices')} keys={app.consumes} />
          <AppButtons title={t('panel.calledBy')} names={app.callers} onSelect={onSelect} />
          <AppButtons title={t('panel.calls')} names={app.callees} onSelect={onSelect} />
        </>
      ) : null}
    </SidePanelFrame>
  );
}

function ApplicationChips({ node }: { node: ApplicationNode }) {
  const { t } = useTranslation('topology');
  const { up, total } = node.instances;
  return (
    <>
      <Badge tone={up === 0 ? 'danger' : up < total ? 'warning' : 'success'}>
        {t('panel.instancesUp', { up: formatCount(up), total: formatCount(total) })}
      </Badge>
      {node.consumerOnly ? <Badge>{t('panel.consumerOnly')}</Badge> : null}
      {node.disabledInstances > 0 ? <Badge tone="danger">{t('panel.disabled', { n: formatCount(node.disabledInstances) })}</Badge> : null}
      {node.weightOverrides > 0 ? <Badge tone="info">{t('panel.weightOverrides', { n: formatCount(node.weightOverrides) })}</Badge> : null}
      {node.grayRelease ? <Badge tone="accent" title={t('panel.grayTitle')}>{t('panel.gray', { tags: node.grayTags.join(', ') })}</Badge> : null}
      {node.warnings ? (
        <Link to={appPaths.warnings}>
          <Badge tone="warning">{t('panel.warnings', { n: formatCount(node.warnings) })}</Badge>
        </Link>
      ) : null}
    </>
  );
}

function ServiceLinks({ title, keys }: { title: string; keys: readonly string[] }) {
  if (keys.length === 0) return null;
  return (
    <PanelSection title={title} count={keys.length}>
      <ul className={styles.links} aria-label={title}>
        {keys.map((key) => (
          <li key={key}>
            <Link to={appPaths.service(key)} className="mono">
              {key}
            </Link>
          </li>
        ))}
      </ul>
    </PanelSection>
  );
}

function AppButtons({ title, names, onSelect }: { title: string; names: readonly string[]; onSelect: (id: string) => void }) {
  const { t } = useTranslation('topology');
  if (names.length === 0) return null;
  return (
    <PanelSection title={title} count={names.length}>
      <ul className={styles.pills} aria-label={title}>
        {names.map((name) => (
          <li key={name}>
            <button type="button" className={styles.pill} onClick={() => onSelect(`app:${name}`)} title={t('panel.select', { name })}>
              {name}
            </button>
          </li>
        ))}
      </ul>
    </PanelSection>
  );
}
