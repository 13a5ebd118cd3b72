import { Trans, useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { PageHeader } from '../components/page-header.tsx';
import { appPaths } from '../lib/app-paths.ts';
import styles from './simple-page.module.css';

export function NotFoundPage() {
  const { t } = useTranslation('shell');
  const location = useLocation();
  return (
    <>
      <title>{t('notFound.documentTitle')}</title>
      <PageHeader title={t('notFound.title')} />
      <div className={styles.card}>
        <p>
          <Trans
            t={t}
            i18nKey="notFound.body"
            values={{ path: location.pathname }}
            components={{ code: <code />, services: <Link to={appPaths.services} />, applications: <Link to={appPaths.applications} /> }}
          />
        </p>
      </div>
    </>
  );
}
