import type { ReactNode } from 'react';
import type { Instance } from '@contract/instance.ts';
import type { ServiceDetail } from '@contract/services.ts';
import { GovernanceScope } from '../features/governance/components/governance-scope.tsx';
import { ProviderControls } from '../features/governance/components/provider-controls.tsx';
import { TopologyPage } from '../features/topology/components/topology-page.tsx';
import type { TopologyPanelSlots } from '../features/topology/panel-slots.ts';

/** Module scope, so the side panel does not see new slot functions on every render. */
const panelSlots: TopologyPanelSlots = {
  providerActions(service: ServiceDetail, provider: Instance) {
    return <ProviderControls service={service} provider={provider} />;
  },
  serviceScope(serviceKey: string, content: ReactNode) {
    return (
      <GovernanceScope key={serviceKey} serviceKey={serviceKey}>
        {content}
      </GovernanceScope>
    );
  },
};

/**
 * The topology with governance composed in: the selected service's side panel gets the same weight
 * and enable/disable controls (and the preview-and-confirm dialog) as the service page.
 */
export function GovernedTopologyPage() {
  return <TopologyPage panelSlots={panelSlots} />;
}
