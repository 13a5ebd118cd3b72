import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { ErrorState } from '../components/error-state.tsx';

/** Shown in place of a page whose route itself failed (the shell around it stays usable). */
export function RouteError() {
  const { t } = useTranslation('shell');
  const error = useRouteError();
  const shown = isRouteErrorResponse(error) ? new Error(`${error.status} ${error.statusText}`) : error;
  return <ErrorState error={shown} what={t('thisPage')} onRetry={() => window.location.reload()} />;
}
