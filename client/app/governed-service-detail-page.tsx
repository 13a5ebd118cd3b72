import { useParams } from 'react-router';
import type { Instance } from '@contract/instance.ts';
import type { ServiceDetail } from '@contract/services.ts';
import { GovernanceScope } from '../features/governance/components/governance-scope.tsx';
import { ProviderControls } from '../features/governance/components/provider-controls.tsx';
import { ServiceDetailPage } from '../features/services/components/service-detail-page.tsx';

/** Declared once so the providers table does not see a new column renderer on every render. */
function providerActions(service: ServiceDetail, provider: Instance) {
  return <ProviderControls service={service} provider={provider} />;
}

/** The service page with governance composed in: row controls, bulk bar, confirmation dialog. */
export function GovernedServiceDetailPage() {
  const key = useParams().key ?? '';
  return (
    <GovernanceScope key={key} serviceKey={key}>
      <ServiceDetailPage providerActions={providerActions} />
    </GovernanceScope>
  );
}
