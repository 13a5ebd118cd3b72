import { useParams } from 'react-router';
import type { ApplicationInstance } from '@contract/applications.ts';
import { ApplicationDetailPage } from '../features/applications/components/application-detail-page.tsx';
import { ApplicationInstanceControls } from '../features/governance/components/application-instance-controls.tsx';
import { GovernanceScope } from '../features/governance/components/governance-scope.tsx';

/** Declared once so the instances table does not see a new column renderer on every render. */
function instanceActions(instance: ApplicationInstance) {
  return <ApplicationInstanceControls instance={instance} />;
}

/**
 * The application page with application-scope governance composed in (`<app>.configurators`: every
 * service an instance provides): row controls, bulk bar and the same preview-and-confirm dialog.
 */
export function GovernedApplicationDetailPage() {
  const name = useParams().name ?? '';
  return (
    <GovernanceScope key={name} application={name}>
      <ApplicationDetailPage instanceActions={instanceActions} />
    </GovernanceScope>
  );
}
