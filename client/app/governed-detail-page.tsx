import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import type { ApplicationInstance } from '@contract/applications.ts';
import type { Instance } from '@contract/instance.ts';
import type { ServiceDetail } from '@contract/services.ts';
import { ApplicationDetailPage } from '../features/applications/components/application-detail-page.tsx';
import { ApplicationInstanceControls } from '../features/governance/components/application-instance-controls.tsx';
import { GovernanceScope } from '../features/governance/components/governance-scope.tsx';
import { ProviderControls } from '../features/governance/components/provider-controls.tsx';
import type { SubjectSource } from '../features/governance/components/use-governance-subject.ts';
import { ServiceDetailPage } from '../features/services/components/service-detail-page.tsx';

type GovernedPage = {
  /** The route parameter naming the subject. */
  param: 'key' | 'name';
  source: (id: string) => SubjectSource;
  /** Built once, so the table does not see a new column renderer on every render. */
  page: ReactNode;
};

const GOVERNED_PAGES: Record<'service' | 'application', GovernedPage> = {
  service: {
    param: 'key',
    source: (serviceKey) => ({ serviceKey }),
    page: <ServiceDetailPage providerActions={(service: ServiceDetail, provider: Instance) => <ProviderControls service={service} provider={provider} />} />,
  },
  // Application scope writes `<app>.configurators`: every service an instance provides.
  application: {
    param: 'name',
    source: (application) => ({ application }),
    page: <ApplicationDetailPage instanceActions={(instance: ApplicationInstance) => <ApplicationInstanceControls instance={instance} />} />,
  },
};

/**
 * A service or application page with governance composed in: row controls, bulk bar and the same
 * preview-and-confirm dialog. Keyed by the subject, so moving to another one starts a fresh scope.
 */
export function GovernedDetailPage({ scope }: { scope: keyof typeof GOVERNED_PAGES }) {
  const governed = GOVERNED_PAGES[scope];
  const id = useParams()[governed.param] ?? '';
  return (
    <GovernanceScope key={`${scope}:${id}`} {...governed.source(id)}>
      {governed.page}
    </GovernanceScope>
  );
}
