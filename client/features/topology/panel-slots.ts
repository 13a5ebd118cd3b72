import type { ReactNode } from 'react';
import type { Instance } from '@contract/instance.ts';
import type { ServiceDetail } from '@contract/services.ts';

/**
 * What the app layer may inject into the side panel (features never import each other): controls
 * next to each provider of the selected service, and a wrapper around the service panel's content
 * (a per-service governance scope: selection, confirmation dialog, pending writes). Both optional;
 * without them the panel is read-only. Pass stable functions (module scope), not inline arrows.
 */
export type TopologyPanelSlots = {
  providerActions?: ((service: ServiceDetail, provider: Instance) => ReactNode) | undefined;
  serviceScope?: ((serviceKey: string, content: ReactNode) => ReactNode) | undefined;
};
