import { Link, useLocation } from 'react-router';
import { PageHeader } from '../components/page-header.tsx';
import { appPaths } from '../lib/app-paths.ts';
import styles from './simple-page.module.css';

export function NotFoundPage() {
  const location = useLocation();
  return (
    <>
      <title>Not found · Switchboard</title>
      <PageHeader title="Page not found" />
      <div className={styles.card}>
        <p>
          Nothing lives at <code>{location.pathname}</code>. Try <Link to={appPaths.services}>Services</Link> or{' '}
          <Link to={appPaths.applications}>Applications</Link>.
        </p>
      </div>
    </>
  );
}
