import { QueryErrorResetBoundary } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import { ErrorBoundary } from './error-boundary.tsx';
import { ErrorState } from './error-state.tsx';

type RegionBoundaryProps = {
  /** What this region shows, for the error message ("the providers table"). */
  what: string;
  children: ReactNode;
};

/** Error boundary for one page region; resets on navigation and on "Try again". */
export function RegionBoundary({ what, children }: RegionBoundaryProps) {
  const location = useLocation();
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary
          resetKeys={[location.pathname, location.search]}
          onReset={reset}
          fallback={(error, retry) => <ErrorState error={error} what={what} onRetry={retry} />}
        >
          {children}
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}
