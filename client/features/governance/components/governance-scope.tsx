import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { CONFIRM_TIMEOUT_MS } from '../../../lib/write-flow/write-flow.ts';
import type { GovernanceIntent } from '../governance-intent.ts';
import { subjectIdOf } from '../governance-subject.ts';
import { confirmWrites, expireWrites } from '../pending-write.ts';
import type { PendingWrite } from '../pending-write.ts';
import { ReadOnlyNote } from './read-only-note.tsx';
import { BulkActionBar } from './bulk-action-bar.tsx';
import { GovernanceDialog } from './governance-dialog.tsx';
import { GovernanceScopeContext } from './governance-scope-context.ts';
import type { GovernanceScopeValue } from './governance-scope-context.ts';
import { useGovernanceSubject } from './use-governance-subject.ts';
import type { SubjectSource } from './use-governance-subject.ts';

type GovernanceScopeProps = SubjectSource & { children: ReactNode };

/**
 * Wraps a service or application page (composed by app/): owns the selection, the confirmation dialog
 * and the pending writes, and confirms each write when the live-refetched page data shows its intended
 * state.
 */
export function GovernanceScope({ children, ...source }: GovernanceScopeProps) {
  const { subject, reload } = useGovernanceSubject(source);
  const subjectId = subjectIdOf('serviceKey' in source ? { scope: 'service', serviceKey: source.serviceKey } : { scope: 'application', application: source.application });
  const [selection, setSelectionState] = useState<ReadonlySet<string>>(() => new Set());
  const [intent, setIntent] = useState<GovernanceIntent>();
  const [writes, setWrites] = useState<readonly PendingWrite[]>([]);
  const nextId = useRef(1);

  const observed = subject?.observed;
  useEffect(() => {
    if (!observed) return;
    setWrites((current) => {
      const next = confirmWrites(current, subjectId, observed);
      return next.some((write, index) => write !== current[index]) ? next : current;
    });
  }, [observed, subjectId, writes.length]);

  const unconfirmed = writes.some((write) => write.status === 'applying');
  useEffect(() => {
    if (!unconfirmed) return;
    const timer = setInterval(() => {
      setWrites((current) => {
        const next = expireWrites(current, Date.now(), CONFIRM_TIMEOUT_MS);
        return next.some((write, index) => write !== current[index]) ? next : current;
      });
    }, 500);
    return () => clearInterval(timer);
  }, [unconfirmed]);

  const toggleSelected = useCallback((address: string) => {
    setSelectionState((current) => {
      const next = new Set(current);
      if (!next.delete(address)) next.add(address);
      return next;
    });
  }, []);
  const setSelection = useCallback((addresses: readonly string[]) => setSelectionState(new Set(addresses)), []);
  const track = useCallback(
    (write: Pick<PendingWrite, 'description' | 'expected'>) => {
      const id = nextId.current++;
      setWrites((current) => [...current.filter((w) => w.status !== 'confirmed'), { ...write, subject: subjectId, id, startedAt: Date.now(), status: 'applying' }]);
      return id;
    },
    [subjectId],
  );

  const value = useMemo<GovernanceScopeValue>(
    () => ({ subject, subjectId, selection, toggleSelected, setSelection, openDialog: setIntent, writes, track, reload }),
    [subject, subjectId, selection, toggleSelected, setSelection, writes, track, reload],
  );

  return (
    <GovernanceScopeContext.Provider value={value}>
      {children}
      {subject ? <BulkActionBar subject={subject} /> : null}
      {subject ? <ReadOnlyNote /> : null}
      {intent && subject ? <GovernanceDialog intent={intent} subject={subject} onClose={() => setIntent(undefined)} /> : null}
    </GovernanceScopeContext.Provider>
  );
}
