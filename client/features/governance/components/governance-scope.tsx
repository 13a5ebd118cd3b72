import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useServiceDetail } from '../api/get-service-detail.ts';
import { CONFIRM_TIMEOUT_MS } from '../governance-flow.ts';
import type { GovernanceIntent } from '../governance-intent.ts';
import { confirmWrites, expireWrites } from '../pending-write.ts';
import type { PendingWrite } from '../pending-write.ts';
import { BulkActionBar } from './bulk-action-bar.tsx';
import { GovernanceDialog } from './governance-dialog.tsx';
import { GovernanceScopeContext } from './governance-scope-context.ts';
import type { GovernanceScopeValue } from './governance-scope-context.ts';

type GovernanceScopeProps = { serviceKey: string; children: ReactNode };

/**
 * Wraps a service page (composed by app/): owns the selection, the confirmation dialog and the pending
 * writes, and confirms each write when the live-refetched service detail shows its intended state.
 */
export function GovernanceScope({ serviceKey, children }: GovernanceScopeProps) {
  const detail = useServiceDetail(serviceKey);
  const [selection, setSelectionState] = useState<ReadonlySet<string>>(() => new Set());
  const [intent, setIntent] = useState<GovernanceIntent>();
  const [writes, setWrites] = useState<readonly PendingWrite[]>([]);
  const nextId = useRef(1);
  const refetch = detail.refetch;

  const providers = detail.data?.providers;
  useEffect(() => {
    if (!providers) return;
    setWrites((current) => {
      const next = confirmWrites(current, serviceKey, providers);
      return next.some((write, index) => write !== current[index]) ? next : current;
    });
  }, [providers, serviceKey, writes.length]);

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
  const track = useCallback((write: Pick<PendingWrite, 'serviceKey' | 'description' | 'expected'>) => {
    const id = nextId.current++;
    setWrites((current) => [...current.filter((w) => w.status !== 'confirmed'), { ...write, id, startedAt: Date.now(), status: 'applying' }]);
    return id;
  }, []);
  const reload = useCallback(async () => (await refetch()).data, [refetch]);

  const value = useMemo<GovernanceScopeValue>(
    () => ({ serviceKey, selection, toggleSelected, setSelection, openDialog: setIntent, writes, track, reload }),
    [serviceKey, selection, toggleSelected, setSelection, writes, track, reload],
  );

  return (
    <GovernanceScopeContext.Provider value={value}>
      {children}
      {detail.data ? <BulkActionBar service={detail.data} /> : null}
      {intent && detail.data ? <GovernanceDialog intent={intent} service={detail.data} onClose={() => setIntent(undefined)} /> : null}
    </GovernanceScopeContext.Provider>
  );
}
