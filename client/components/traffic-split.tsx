import type { ServicePreview } from '@contract/governance.ts';
import { Badge } from './badge.tsx';
import { ShareMeter } from './share-meter.tsx';
import { formatCount } from '../lib/display-format.ts';
import styles from './traffic-split.module.css';

/** Predicted traffic before → after for every provider of one service; the targeted rows stand out. */
export function TrafficSplit({ service }: { service: ServicePreview }) {
  const { before, after } = service.predictable;
  return (
    <section className={styles.split} aria-labelledby={`split-${service.serviceKey}`}>
      <h3 id={`split-${service.serviceKey}`} className={styles.title}>
        Predicted traffic split <code>{service.serviceKey}</code>
      </h3>
      {!before || !after || service.notes.length > 0 ? (
        <ul className={styles.notes} aria-label="Prediction notes">
          {!before || !after ? <li>Shares are indicative only: the load balancer does not split calls by weight alone.</li> : null}
          {service.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      <table className={styles.table} aria-label={`Traffic split for ${service.serviceKey}`}>
        <thead>
          <tr>
            <th scope="col">Provider</th>
            <th scope="col" className={styles.num}>Weight</th>
            <th scope="col">State</th>
            <th scope="col" className={styles.bar}>Before</th>
            <th scope="col" className={styles.bar}>After</th>
          </tr>
        </thead>
        <tbody>
          {service.providers.map((provider) => {
            const weightChanged = provider.before.weight !== provider.after.weight;
            const stateChanged = provider.before.enabled !== provider.after.enabled;
            return (
              <tr key={provider.address} className={provider.targeted ? styles.targeted : undefined}>
                <th scope="row">
                  <span className={styles.provider}>
                    <span className="mono">{provider.address}</span>
                    {provider.targeted ? <Badge tone="accent">changing</Badge> : null}
                    {provider.weightMadeExplicit ? <Badge tone="info">weight written</Badge> : null}
                    <span className={styles.app}>{provider.application}</span>
                    {provider.weightMadeExplicit ? (
                      <span className={styles.why}>
                        Its current weight, {formatCount(provider.after.weight)}, is written into the rule unchanged: Dubbo 3.x
                        ignores every weight unless each provider has one.
                      </span>
                    ) : null}
                  </span>
                </th>
                <td className={styles.num}>
                  {weightChanged ? (
                    <>
                      <s className="muted">{formatCount(provider.before.weight)}</s> → <strong>{formatCount(provider.after.weight)}</strong>
                    </>
                  ) : (
                    formatCount(provider.after.weight)
                  )}
                </td>
                <td>
                  {stateChanged ? (
                    <>
                      <span className="muted">{provider.before.enabled ? 'Enabled' : 'Disabled'}</span> →{' '}
                      <Badge tone={provider.after.enabled ? 'success' : 'danger'}>{provider.after.enabled ? 'Enabled' : 'Disabled'}</Badge>
                    </>
                  ) : (
                    <Badge tone={provider.after.enabled ? 'success' : 'danger'}>{provider.after.enabled ? 'Enabled' : 'Disabled'}</Badge>
                  )}
                </td>
                <td className={styles.bar}>
                  <ShareMeter share={provider.before.share} uncertain={!before} />
                </td>
                <td className={styles.bar}>
                  <ShareMeter share={provider.after.share} uncertain={!after} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
