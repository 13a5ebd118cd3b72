import { createContext, useContext } from 'react';
import type { GovernanceIntent } from '../governance-intent.ts';
import type { GovernanceSubject } from '../governance-subject.ts';
import type { PendingWrite } from '../pending-write.ts';

/**
 * Governance state for one service or application page: the bulk selection, the open confirmation
 * dialog and the writes waiting for registry confirmation. Row controls, the bulk bar and the dialog
 * share it.
 */
export type GovernanceScopeValue = {
  /** Undefined until the page's data has loaded. */
  subject: GovernanceSubject | undefined;
  /** `subjectIdOf(target)`, known before the data is. */
  subjectId: string;
  selection: ReadonlySet<string>;
  toggleSelected: (address: string) => void;
  setSelection: (addresses: readonly string[]) => void;
  openDialog: (intent: GovernanceIntent) => void;
  writes: readonly PendingWrite[];
  track: (write: Pick<PendingWrite, 'description' | 'expected'>) => number;
  /** Refetches the page's data (after a CONFLICT) and answers the fresh subject. */
  reload: () => Promise<GovernanceSubject | undefined>;
};

export const GovernanceScopeContext = createContext<GovernanceScopeValue | undefined>(undefined);

export function useGovernanceScope(): GovernanceScopeValue {
  const scope = useContext(GovernanceScopeContext);
  if (!scope) throw new Error('Governance controls must be rendered inside <GovernanceScope>');
  return scope;
}
