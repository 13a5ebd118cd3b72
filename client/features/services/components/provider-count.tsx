import { useTranslation } from 'react-i18next';
import type { ServiceSummary } from '@contract/services.ts';
import { Badge } from '../../../components/badge.tsx';
import { formatCount } from '../../../lib/display-format.ts';

type ProviderHealth = 'none' | 'all-disabled' | 'some-disabled' | 'ok';

export function providerHealth(service: Pick<ServiceSummary, 'providerCount' | 'enabledProviderCount'>): ProviderHealth {
  if (service.providerCount === 0) return 'none';
  if (service.enabledProviderCount === 0) return 'all-disabled';
  if (service.enabledProviderCount < service.providerCount) return 'some-disabled';
  return 'ok';
}

/** "enabled / total" providers, loud when callers have nowhere to go. */
export function ProviderCount({ service }: { service: ServiceSummary }) {
  const { t } = useTranslation('services');
  const health = providerHealth(service);
  const enabled = formatCount(service.enabledProviderCount);
  const total = formatCount(service.providerCount);
  if (health === 'none') return <Badge tone="danger">{t('list.providerCount.none')}</Badge>;
  if (health === 'ok') return <span title={t('list.providerCount.allEnabled', { enabled, total })}>{total}</span>;
  const disabled = service.providerCount - service.enabledProviderCount;
  return (
    <Badge tone={health === 'all-disabled' ? 'danger' : 'warning'} title={t('list.providerCount.disabled', { disabled: formatCount(disabled) })}>
      {enabled}/{total}
    </Badge>
  );
}
