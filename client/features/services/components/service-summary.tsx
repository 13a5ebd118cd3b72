import type { ReactNode } from 'react';
import type { ServiceDetail } from '@contract/services.ts';
import { formatCount } from '../../../lib/display-format.ts';
import styles from './service-summary.module.css';

/** The service's identity and headline numbers, under the page title. */
export function ServiceSummary({ service }: { service: ServiceDetail }) {
  const enabled = service.providers.filter((provider) => provider.enabled).length;
  const total = service.providers.length;
  const providerTone = total === 0 || enabled === 0 ? styles.danger : enabled < total ? styles.warning : '';
  return (
    <div className={styles.summary}>
      <dl className={styles.facts}>
        <Fact label="Interface" value={<span className="mono">{service.interface}</span>} />
        <Fact label="Group" value={service.group || <span className="muted">none</span>} />
        <Fact label="Version" value={service.version || <span className="muted">none</span>} />
        <Fact
          label="Providers"
          value={
            <span className={providerTone}>
              {formatCount(enabled)} enabled / {formatCount(total)}
            </span>
          }
        />
        <Fact label="Consumers" value={formatCount(service.consumers.length)} />
        <Fact label="Rules" value={formatCount(service.rules.length)} />
        <Fact label="Load balance" value={<span className="mono">{service.loadbalance}</span>} />
      </dl>
      <details className={styles.methods}>
        <summary>
          Methods <span className="muted">({formatCount(service.methods.length)})</span>
        </summary>
        {service.methods.length > 0 ? (
          <ul aria-label="Methods">
            {service.methods.map((method) => (
              <li key={method} className="mono">
                {method}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">No provider declared its methods.</p>
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
