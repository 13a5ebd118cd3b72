import type { Release } from '@contract/releases.ts';
import styles from './release-instances.module.css';

/** The canary and stable instance lists of a release, side by side. */
export function ReleaseInstances({ release }: { release: Pick<Release, 'canary' | 'stable'> }) {
  return (
    <div className={styles.columns}>
      <InstanceList title="Canary" addresses={release.canary} empty="No canary instance" />
      <InstanceList title="Stable" addresses={release.stable} empty="No stable instance" />
    </div>
  );
}

function InstanceList({ title, addresses, empty }: { title: string; addresses: readonly string[]; empty: string }) {
  return (
    <section className={styles.list} aria-label={`${title} instances`}>
      <h3 className={styles.title}>
        {title} <span className={styles.count}>{addresses.length}</span>
      </h3>
      {addresses.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul>
          {addresses.map((address) => (
            <li key={address} className="mono">
              {address}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
