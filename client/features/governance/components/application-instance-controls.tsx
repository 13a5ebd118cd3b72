import { useTranslation } from 'react-i18next';
import type { ApplicationInstance } from '@contract/applications.ts';
import { InstanceControls } from './instance-controls.tsx';

/**
 * An application instance's controls (application scope: every service it provides). Instances the
 * server would refuse — Dubbo 2.6, consumer-only hosts — show why instead of a control that fails.
 * The toggle offers Enable… while any provided service is disabled on the instance.
 */
export function ApplicationInstanceControls({ instance }: { instance: ApplicationInstance }) {
  const { t } = useTranslation('governance');
  const scope = instance.applicationScope;
  const titles = { NOT_SUPPORTED: t('controls.notSupported'), NOT_A_PROVIDER: t('controls.notAProvider') } as const;
  const weights = [...new Set(instance.serviceStates.map((state) => state.weight))];
  return (
    <InstanceControls
      address={instance.address}
      weight={weights.length === 1 ? weights[0] : undefined}
      enabled={instance.disabledServices === 0}
      unavailable={scope.supported ? undefined : { title: titles[scope.code], reason: scope.reason }}
    />
  );
}
