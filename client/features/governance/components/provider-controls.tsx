import type { Instance } from '@contract/instance.ts';
import type { ServiceDetail } from '@contract/services.ts';
import { InstanceControls } from './instance-controls.tsx';

type ProviderControlsProps = { service: ServiceDetail; provider: Instance };

/** A provider's controls on the service page and the topology's service panel (service scope). */
export function ProviderControls({ provider }: ProviderControlsProps) {
  return <InstanceControls address={provider.address} weight={provider.weight} registeredWeight={provider.registeredWeight} enabled={provider.enabled} />;
}
