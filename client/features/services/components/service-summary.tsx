import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceDetail } from '@contract/services.ts';
import { formatCount } from '../../../lib/display-format.ts';
import styles from './service-summary.module.css';

/** The service's identity and headline numbers, under the page title. */
export function ServiceSummary({ service }: { service: ServiceDetail }) {
  const { t } = useTranslation('services');
  const enabled = service.providers.filter((provider) => provider.enabled).length;
  const total = service.providers.length;
  const providerTone = total === 0 || enabled === 0 ? styles.danger : enabled < total ? styles.warning : '';
  return (
    <div className={styles.summary}>
      <dl className={styles.facts}>
        <Fact label={t('summary.interface')} value={<span className="mono">{service.interface}</span>} />
        <Fact label={t('summary.group')} value={service.group || <span className="muted">{t('summary.none')}</span>} />
        <Fact label={t('summary.version')} value={service.version || <span className="muted">{t('summary.none')}</span>} />
        <Fact
          label={t('summary.providers')}
          value={
            <span className={providerTone}>
              {t('summary.enabledOfTotal', { enabled: formatCount(enabled), total: formatCount(total) })}
            </span>
          }
        />
        <Fact label={t('summary.consumers')} value={formatCount(service.consumers.length)} />
        <Fact label={t('summary.rules')} value={formatCount(service.rules.length)} />
        <Fact label={t('summary.loadBalance')} value={<span className="mono">{service.loadbalance}</span>} />
      </dl>
      <details className={styles.methods}>
        <summary>
          {t('summary.methods')} <span className="muted">({formatCount(service.methods.length)})</span>
        </summary>
        {service.methods.length > 0 ? (
          <ul aria-label={t('summary.methods')}>
            {service.methods.map((method) => (
              <li key={method} className="mono">
                {method}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('summary.noMethods')}</p>
        )}
      </details>
    </div>
  );
}

function Fact({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div className={styles.fact}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
