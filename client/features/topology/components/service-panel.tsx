import type { ServiceNode } from '@contract/topology.ts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TopologyPanelSlots } from '../panel-slots.ts';
import { Badge } from '../../../components/badge.tsx';
import { appPaths } from '../../../lib/app-paths.ts';
import { formatCount } from '../../../lib/display-format.ts';
import { compareAddresses } from '../../../lib/local-list.ts';
import { useServiceDetail } from '../../../lib/queries/service-detail-query.ts';
import styles from './node-side-panel.module.css';
import { PanelSection, SidePanelFrame } from './side-panel-frame.tsx';

type ServicePanelProps = {
  serviceKey: string;
  node: ServiceNode | undefined;
  onClose: () => void;
  onSelect: (id: string) => void;
  onFocus: (id: string) => void;
  slots?: TopologyPanelSlots | undefined;
};

/** The selected service: providers in effect (with the rules that made them so), consumers, rules. */
export function ServicePanel({ serviceKey, node, onClose, onSelect, onFocus, slots }: ServicePanelProps) {
  const { t } = useTranslation('topology');
  const detail = useServiceDetail(serviceKey);
  const service = detail.data;
  const providerActions = slots?.providerActions;
  const providers = [...(service?.providers ?? [])].sort((a, b) => compareAddresses(a.address, b.address));
  const consumerApps = [...new Set(service?.consumers.map((consumer) => consumer.application) ?? [])].sort();
  return (
    <SidePanelFrame
      kind="service"
      name={serviceKey}
      onClose={onClose}
      chips={node ? <ServiceChips node={node} /> : null}
      pageTo={appPaths.service(serviceKey)}
      onNeighbourhood={() => onFocus(`svc:${serviceKey}`)}
      query={detail}
    >
      {service ? scoped(slots, serviceKey, (
        <>
          <PanelSection title={t('panel.providers')} count={providers.length}>
            <ul className={styles.rows} aria-label={t('panel.providers')}>
              {providers.map((provider) => (
                <li key={provider.address} className={styles.row}>
                  <span className={styles.address}>{provider.address}</span>
                  <button type="button" className={styles.linkButton} onClick={() => onSelect(`app:${provider.application}`)}>
                    {provider.application}
                  </button>
                  <Badge tone={provider.enabled ? 'success' : 'danger'}>{provider.enabled ? t('panel.enabled') : t('panel.disabledState')}</Badge>
                  {provider.weight !== provider.registeredWeight ? (
                    <Badge tone="info" title={t('panel.registeredWeight', { weight: provider.registeredWeight })}>
                      {t('panel.weight', { weight: provider.weight })}
                    </Badge>
                  ) : null}
                  {provider.appliedRules.length > 0 ? (
                    <span className={styles.ruleNote}>{provider.appliedRules.map((rule) => rule.label).join(', ')}</span>
                  ) : null}
                  {providerActions ? <span className={styles.rowActions}>{providerActions(service, provider)}</span> : null}
                </li>
              ))}
            </ul>
          </PanelSection>
          <PanelSection title={t('panel.consumerApplications')} count={consumerApps.length}>
            <ul className={styles.pills} aria-label={t('panel.consumerApplications')}>
              {consumerApps.map((name) => (
                <li key={name}>
                  <button type="button" className={styles.pill} onClick={() => onSelect(`app:${name}`)}>
                    {name}
                  </button>
                </li>
              ))}
            </ul>
          </PanelSection>
          <PanelSection title={t('panel.rules')} count={service.rules.length}>
            <ul className={styles.rows} aria-label={t('panel.rules')}>
              {service.rules.map((rule) => (
                <li key={rule.path} className={styles.row}>
                  <span className={styles.ruleLabel}>{rule.label}</span>
                  <Badge>{rule.kind}</Badge>
                </li>
              ))}
            </ul>
          </PanelSection>
        </>
      )) : null}
    </SidePanelFrame>
  );
}

/** The panel's content inside the injected scope (governance), when the app layer gave one. */
function scoped(slots: TopologyPanelSlots | undefined, serviceKey: string, content: ReactNode): ReactNode {
  return slots?.serviceScope ? slots.serviceScope(serviceKey, content) : content;
}

function ServiceChips({ node }: { node: ServiceNode }) {
  const { t } = useTranslation('topology');
  const { enabled, total } = node.providers;
  return (
    <>
      {node.noProviders ? <Badge tone="danger">{t('panel.noProviders')}</Badge> : (
        <Badge tone={enabled === 0 ? 'danger' : enabled < total ? 'warning' : 'success'}>
          {t('panel.providersEnabled', { enabled: formatCount(enabled), total: formatCount(total) })}
        </Badge>
      )}
      <Badge>{t('panel.consumers', { n: formatCount(node.consumers) })}</Badge>
      {node.disabledProviders > 0 ? <Badge tone="danger">{t('panel.disabled', { n: formatCount(node.disabledProviders) })}</Badge> : null}
      {node.weightOverrides > 0 ? <Badge tone="info">{t('panel.weightOverrides', { n: formatCount(node.weightOverrides) })}</Badge> : null}
      {node.warnings ? <Badge tone="warning">{t('panel.warnings', { n: formatCount(node.warnings) })}</Badge> : null}
    </>
  );
}
