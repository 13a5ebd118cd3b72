import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { ApiRequestError } from '../lib/api-client.ts';
import { ErrorState } from './error-state.tsx';
import { GoneNotice } from './gone-notice.tsx';
import styles from './detail-query-page.module.css';

type DetailQuery<Data> = { data: Data | undefined; isPending: boolean; error: unknown; refetch: () => unknown };

type DetailQueryPageProps<Data> = {
  query: DetailQuery<Data>;
  /** The page header, shown above every state. */
  header: ReactNode;
  /** What the page shows, e.g. "service": "Loading service…", "Could not load this service". */
  noun: string;
  /** The document title's name: from the link before data came, from the data after. */
  titleOf: (data: Data | undefined) => string;
  /** Shown when the server answers 404 before any data came: the item is not in the registry. */
  notFound: ReactNode;
  children: (data: Data) => ReactNode;
};

/**
 * A detail page (service, application) around its one query: loading, not found, failed, or the data —
 * which stays on screen, marked gone, when a later refetch answers 404 (it just left the registry).
 */
export function DetailQueryPage<Data>({ query, header, noun, titleOf, notFound, children }: DetailQueryPageProps<Data>) {
  const { t } = useTranslation('common');
  if (query.data === undefined && query.isPending) {
    return (
      <>
        {header}
        <div className={styles.loading} role="status">
          {t('detail.loading', { noun })}
        </div>
      </>
    );
  }
  const missing = query.error instanceof ApiRequestError && query.error.isNotFound;
  return (
    <>
      <title>{t('detail.documentTitle', { name: titleOf(query.data) })}</title>
      {header}
      {query.data === undefined ? (
        missing ? notFound : <ErrorState error={query.error} what={t('detail.this', { noun })} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <GoneNotice what={noun} error={query.error} />
          {children(query.data)}
        </>
      )}
    </>
  );
}
