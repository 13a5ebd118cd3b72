import { createBrowserRouter, Navigate } from 'react-router';
import { ApplicationDetailPage } from '../features/applications/components/application-detail-page.tsx';
import { ApplicationsPage } from '../features/applications/components/applications-page.tsx';
import { ServiceDetailPage } from '../features/services/components/service-detail-page.tsx';
import { ServicesPage } from '../features/services/components/services-page.tsx';
import { WarningsPage } from '../features/warnings/components/warnings-page.tsx';
import { AppShell } from './app-shell.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { RouteError } from './route-error.tsx';
import { TopologyPlaceholderPage } from './topology-placeholder-page.tsx';

/** Every page of the console. URLs are the API of the UI: keep them stable and shareable. */
export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <AppShell />,
      children: [
        {
          errorElement: <RouteError />,
          children: [
            { index: true, element: <Navigate to="/services" replace /> },
            { path: 'topology', element: <TopologyPlaceholderPage /> },
            { path: 'services', element: <ServicesPage /> },
            { path: 'services/:key', element: <ServiceDetailPage /> },
            { path: 'applications', element: <ApplicationsPage /> },
            { path: 'applications/:name', element: <ApplicationDetailPage /> },
            { path: 'warnings', element: <WarningsPage /> },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
