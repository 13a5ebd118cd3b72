import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
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
  const [{ router, queryClient }] = useState(createApp);
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
