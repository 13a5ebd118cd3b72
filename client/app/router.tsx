import { createBrowserRouter, Navigate } from 'react-router';
import { ApiReferencePage } from '../features/api-reference/components/api-reference-page.tsx';
import { ApplicationsPage } from '../features/applications/components/applications-page.tsx';
import { LoginPage } from '../features/login/components/login-page.tsx';
import { AuditPage } from '../features/audit/components/audit-page.tsx';
import { ReleasePage } from '../features/releases/components/release-page.tsx';
import { ReleaseWizardPage } from '../features/releases/components/release-wizard-page.tsx';
import { ReleasesPage } from '../features/releases/components/releases-page.tsx';
import { RuleDetailPage } from '../features/rules/components/rule-detail-page.tsx';
import { RulesPage } from '../features/rules/components/rules-page.tsx';
import { ServicesPage } from '../features/services/components/services-page.tsx';
import { TokensPage } from '../features/tokens/components/tokens-page.tsx';
import { WarningsPage } from '../features/warnings/components/warnings-page.tsx';
import { AppShell } from './app-shell.tsx';
import { GovernedDetailPage } from './governed-detail-page.tsx';
import { GovernedTopologyPage } from './governed-topology-page.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { RouteError } from './route-error.tsx';

/** Every page of the console. URLs are the API of the UI: keep them stable and shareable. */
export function createAppRouter() {
  return createBrowserRouter([
    // Outside the shell: nothing on the login page reads what a signed-out browser may not.
    { path: 'login', element: <LoginPage />, errorElement: <RouteError /> },
    {
      element: <AppShell />,
      children: [
        {
          errorElement: <RouteError />,
          children: [
            { index: true, element: <Navigate to="/topology" replace /> },
            { path: 'topology', element: <GovernedTopologyPage /> },
            { path: 'services', element: <ServicesPage /> },
            { path: 'services/:key', element: <GovernedDetailPage scope="service" /> },
            { path: 'applications', element: <ApplicationsPage /> },
            { path: 'applications/:name', element: <GovernedDetailPage scope="application" /> },
            { path: 'warnings', element: <WarningsPage /> },
            { path: 'rules', element: <RulesPage /> },
            { path: 'rules/:node', element: <RuleDetailPage /> },
            { path: 'releases', element: <ReleasesPage /> },
            { path: 'releases/new', element: <ReleaseWizardPage /> },
            { path: 'releases/:id', element: <ReleasePage /> },
            { path: 'audit', element: <AuditPage /> },
            { path: 'tokens', element: <TokensPage /> },
            { path: 'reference', element: <ApiReferencePage /> },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
