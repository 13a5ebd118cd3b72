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
  const health = providerHealth(service);
  const enabled = formatCount(service.enabledProviderCount);
  const total = formatCount(service.providerCount);
  if (health === 'none') return <Badge tone="danger">No providers</Badge>;
  if (health === 'ok') return <span title={`${enabled} of ${total} providers enabled`}>{total}</span>;
  const disabled = service.providerCount - service.enabledProviderCount;
  return (
    <Badge tone={health === 'all-disabled' ? 'danger' : 'warning'} title={`${formatCount(disabled)} disabled`}>
      {enabled}/{total}
    </Badge>
  );
}
