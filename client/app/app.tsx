import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { i18n } from '../i18n/i18n.ts';
import { RouterProvider } from 'react-router';
import { unauthenticatedRedirect } from '../lib/unauthenticated-redirect.ts';
import { createQueryClient } from './query-client.ts';
import { createAppRouter } from './router.tsx';

/** The router and the query client, wired so any 401 UNAUTHENTICATED lands on /login?next=<here>. */
function createApp() {
  const router = createAppRouter();
  const queryClient = createQueryClient({
    onError: (error) => {
      const target = unauthenticatedRedirect(error, window.location);
      if (target !== null) void router.navigate(target, { replace: true });
    },
  });
  return { router, queryClient };
}

export function App() {
  return (
    <I18nextProvider i18n={i18n}>
      <LocalisedApp />
    </I18nextProvider>
  );
}

/**
 * A language switch redraws every page (keyed on the language), so text from plain formatting functions
 * follows too; the query cache and the URL stay as they were.
 */
function LocalisedApp() {
  const [{ router, queryClient }] = useState(createApp);
  const { i18n: active } = useTranslation();
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider key={active.resolvedLanguage} router={router} />
    </QueryClientProvider>
  );
}
