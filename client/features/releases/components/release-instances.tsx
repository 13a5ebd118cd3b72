import { useTranslation } from 'react-i18next';
import type { Release } from '@contract/releases.ts';
import styles from './release-instances.module.css';

/** The canary and stable instance lists of a release, side by side. */
export function ReleaseInstances({ release }: { release: Pick<Release, 'canary' | 'stable'> }) {
  const { t } = useTranslation('releases');
  return (
    <div className={styles.columns}>
      <InstanceList title={t('instances.canary')} label={t('instances.canaryLabel')} addresses={release.canary} empty={t('instances.noCanary')} />
      <InstanceList title={t('instances.stable')} label={t('instances.stableLabel')} addresses={release.stable} empty={t('instances.noStable')} />
    </div>
  );
}

type InstanceListProps = { title: string; label: string; addresses: readonly string[]; empty: string };

function InstanceList({ title, label, addresses, empty }: InstanceListProps) {
  return (
    <section className={styles.list} aria-label={label}>
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
