import { Trans, useTranslation } from 'react-i18next';
import type { ServicePreview } from '@contract/governance.ts';
import { Badge } from './badge.tsx';
import { ShareMeter } from './share-meter.tsx';
import { formatCount } from '../lib/display-format.ts';
import styles from './traffic-split.module.css';

/** Predicted traffic before → after for every provider of one service; the targeted rows stand out. */
export function TrafficSplit({ service }: { service: ServicePreview }) {
  const { t } = useTranslation('common');
  const { before, after } = service.predictable;
  const stateLabel = (enabled: boolean) => (enabled ? t('trafficSplit.enabled') : t('trafficSplit.disabled'));
  return (
    <section className={styles.split} aria-labelledby={`split-${service.serviceKey}`}>
      <h3 id={`split-${service.serviceKey}`} className={styles.title}>
        <Trans t={t} i18nKey="trafficSplit.title" values={{ serviceKey: service.serviceKey }} components={{ code: <code /> }} />
      </h3>
      {!before || !after || service.notes.length > 0 ? (
        <ul className={styles.notes} aria-label={t('trafficSplit.notes')}>
          {!before || !after ? <li>{t('trafficSplit.indicative')}</li> : null}
          {service.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      <table className={styles.table} aria-label={t('trafficSplit.tableLabel', { serviceKey: service.serviceKey })}>
        <thead>
          <tr>
            <th scope="col">{t('trafficSplit.columns.provider')}</th>
            <th scope="col" className={styles.num}>{t('trafficSplit.columns.weight')}</th>
            <th scope="col">{t('trafficSplit.columns.state')}</th>
            <th scope="col" className={styles.bar}>{t('trafficSplit.columns.before')}</th>
            <th scope="col" className={styles.bar}>{t('trafficSplit.columns.after')}</th>
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
                    {provider.targeted ? <Badge tone="accent">{t('trafficSplit.changing')}</Badge> : null}
                    {provider.weightMadeExplicit ? <Badge tone="info">{t('trafficSplit.weightWritten')}</Badge> : null}
                    <span className={styles.app}>{provider.application}</span>
                    {provider.weightMadeExplicit ? (
                      <span className={styles.why}>
                        {t('trafficSplit.weightWrittenWhy', { weight: formatCount(provider.after.weight) })}
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
                      <span className="muted">{stateLabel(provider.before.enabled)}</span> →{' '}
                      <Badge tone={provider.after.enabled ? 'success' : 'danger'}>{stateLabel(provider.after.enabled)}</Badge>
                    </>
                  ) : (
                    <Badge tone={provider.after.enabled ? 'success' : 'danger'}>{stateLabel(provider.after.enabled)}</Badge>
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
