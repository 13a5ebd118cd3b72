import { Link } from 'react-router';
import { PageHeader } from '../components/page-header.tsx';
import { appPaths } from '../lib/app-paths.ts';
import styles from './simple-page.module.css';

/** Holds the Topology nav slot until the live topology view ships (roadmap milestone 3). */
export function TopologyPlaceholderPage() {
  return (
    <>
      <title>Topology · Switchboard</title>
      <PageHeader title="Topology" />
      <div className={styles.card}>
        <p className={styles.lead}>The live topology view arrives in a later milestone.</p>
        <p>
          It will draw applications and the services between them as a graph that follows the registry live. Until
          then, <Link to={appPaths.services}>Services</Link> lists every service with its providers and consumers, and
          each <Link to={appPaths.applications}>application</Link> page lists its callers and callees.
        </p>
      </div>
    </>
  );
}
