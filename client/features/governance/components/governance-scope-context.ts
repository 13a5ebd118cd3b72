import { createContext, useContext } from 'react';
import type { ServiceDetail } from '@contract/services.ts';
import type { GovernanceIntent } from '../governance-intent.ts';
import type { PendingWrite } from '../pending-write.ts';

/**
 * Governance state for one service page: the bulk selection, the open confirmation dialog and the
 * writes waiting for registry confirmation. Row controls, the bulk bar and the dialog share it.
 */
export type GovernanceScopeValue = {
  serviceKey: string;
  selection: ReadonlySet<string>;
  toggleSelected: (address: string) => void;
  setSelection: (addresses: readonly string[]) => void;
  openDialog: (intent: GovernanceIntent) => void;
  writes: readonly PendingWrite[];
  track: (write: Pick<PendingWrite, 'serviceKey' | 'description' | 'expected'>) => number;
  /** Refetches the service detail (after a CONFLICT) and answers it. */
  reload: () => Promise<ServiceDetail | undefined>;
};

export const GovernanceScopeContext = createContext<GovernanceScopeValue | undefined>(undefined);

export function useGovernanceScope(): GovernanceScopeValue {
  const scope = useContext(GovernanceScopeContext);
  if (!scope) throw new Error('Governance controls must be rendered inside <GovernanceScope>');
  return scope;
}
