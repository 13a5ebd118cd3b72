import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useReducer, useRef, useState } from 'react';
import type { RuleHistoryEntry } from '@contract/rules.ts';
import { DiffView } from '../../../components/diff-view.tsx';
import { ModalDialog } from '../../../components/modal-dialog.tsx';
import { NoticeBox, noticeClassName, type NoticeTone } from '../../../components/notice-box.tsx';
import { ReasonField } from '../../../components/reason-field.tsx';
import { TrafficSplit } from '../../../components/traffic-split.tsx';
import { ApiRequestError } from '../../../lib/api-client.ts';
import { parseUnifiedDiff } from '../../../lib/line-diff.ts';
import { auditKeys, ruleKeys } from '../../../lib/query-keys.ts';
import { useRule } from '../api/get-rule.ts';
import { rollbackRule } from '../api/rollback-rule.ts';
import { initialRollback, rollbackReached, rollbackTransition } from '../rollback-flow.ts';
import type { RollbackState } from '../rollback-flow.ts';
import styles from './rollback-dialog.module.css';

type RollbackDialogProps = { node: string; entry: RuleHistoryEntry; expectedVersion: number; current: string | null; onClose: () => void };

const CONFIRM_TIMEOUT_MS = 10_000;

/** Restores one history version: dry-run diff first, explicit delete question, then pending until seen. */
export function RollbackDialog({ node, entry, expectedVersion: seen, onClose }: RollbackDialogProps) {
  const queryClient = useQueryClient();
  const rule = useRule(node);
  const [state, dispatch] = useReducer(rollbackTransition, undefined, initialRollback);
  const [reason, setReason] = useState('');
  const [expectedVersion, setExpectedVersion] = useState(seen);
  const sentFor = useRef<RollbackState>(undefined);
  const deletes = entry.text === null;

  useEffect(() => {
    if ((state.phase !== 'previewing' && state.phase !== 'applying') || sentFor.current === state) return;
    sentFor.current = state;
    const dryRun = state.phase === 'previewing';
    rollbackRule(node, { version: entry.version, expectedVersion, dryRun, ...(state.confirmDelete ? { confirmDelete: true } : {}), ...(reason.trim() ? { reason: reason.trim() } : {}) }).then(
      (result) => {
        if (!dryRun) {
          void queryClient.invalidateQueries({ queryKey: ruleKeys.all });
          void queryClient.invalidateQueries({ queryKey: auditKeys.all });
        }
        dispatch({ type: 'answered', result });
      },
      (error: unknown) =>
        dispatch({ type: 'refused', code: error instanceof ApiRequestError ? error.code : 'UNEXPECTED', message: error instanceof Error ? error.message : String(error) }),
    );
  }, [state, node, entry.version, expectedVersion, reason, queryClient]);

  const reloadingFor = useRef<RollbackState>(undefined);
  const refetchRule = rule.refetch;
  useEffect(() => {
    if (state.phase !== 'reloading' || reloadingFor.current === state) return;
    reloadingFor.current = state;
    void refetchRule().then((fresh) => {
      setExpectedVersion(fresh.data?.rule.version ?? -1);
      dispatch({ type: 'reloaded' });
    });
  }, [state, refetchRule]);

  const gone = rule.error instanceof ApiRequestError && rule.error.isNotFound;
  const reached = rollbackReached(entry.text, rule.data, gone);
  useEffect(() => {
    if ((state.phase === 'pending' || state.phase === 'waiting') && reached) dispatch({ type: 'registry-confirmed' });
  }, [state.phase, reached]);
  useEffect(() => {
    if (state.phase !== 'pending') return;
    const timer = setTimeout(() => dispatch({ type: 'timed-out' }), CONFIRM_TIMEOUT_MS);
    return () => clearTimeout(timer);
  }, [state.phase]);

  const close = () => {
    if (state.phase !== 'applying') onClose();
  };
  const preview = state.phase === 'ready' || state.phase === 'applying' || state.phase === 'confirm-delete' ? state.preview : undefined;
  return (
    <ModalDialog title={`Roll back to version #${entry.version}`} onClose={close} width="wide" footer={<Buttons state={state} deletes={deletes} dispatch={dispatch} onClose={close} />}>
      <p className={styles.muted}>
        Restores <code>{node}</code> to its state after version #{entry.version} ({entry.action} by {entry.actor}
        {entry.reason ? `: “${entry.reason}”` : ''}).
        {deletes ? <strong> The rule did not exist then: rolling back deletes the file.</strong> : null}
      </p>
      <StateNotice state={state} />
      {state.phase === 'previewing' ? <p role="status" className={styles.muted}>Computing the effect (dry run, nothing is written)…</p> : null}
      {preview?.preview?.map((service) => <TrafficSplit key={service.serviceKey} service={service} />)}
      {preview ? <DiffView label="Rollback diff" lines={parseUnifiedDiff(preview.diff)} emptyText="The current text already equals that version." /> : null}
      {preview?.warnings?.length ? (
        <ul className={noticeClassName('warning')} aria-label="Warnings">
          {preview.warnings.map((warning) => <li key={warning.code}>{warning.message}</li>)}
        </ul>
      ) : null}
      {/* Kept through the delete confirmation: the reason is still the operator's to read and change. */}
      {state.phase === 'ready' || state.phase === 'applying' || state.phase === 'confirm-delete' ? (
        <ReasonField value={reason} onChange={setReason} disabled={state.phase === 'applying'} />
      ) : null}
    </ModalDialog>
  );
}

function StateNotice({ state }: { state: RollbackState }) {
  const box = (tone: NoticeTone, title: string, text: string, role: 'alert' | 'status' = 'alert') => (
    <NoticeBox tone={tone} title={title} role={role}>
      <p>{text}</p>
    </NoticeBox>
  );
  switch (state.phase) {
    case 'confirm-delete':
      return box('danger', 'Delete the rule file?', `${state.message}. Rolling back to this version removes the node from ZooKeeper; everything it configures stops applying.`);
    case 'conflict':
      return box('warning', 'Someone changed this rule since you opened it: reload and re-apply.', 'Nothing was written.');
    case 'failed':
      return box('danger', 'The rollback failed', `${state.refusal.message} (${state.refusal.code})`);
    case 'pending':
      return box('info', 'Applying…', 'Written; waiting for the registry watch to show the restored rule.', 'status');
    case 'waiting':
      return box('warning', 'Written, waiting for the registry', 'The rollback was written but after 10 s the rule page does not show it yet. It updates by itself.', 'status');
    case 'confirmed':
      return box('success', 'Rolled back', 'The registry shows the restored rule.', 'status');
    case 'noop':
      return box('info', 'Already in effect', 'The rule already equals that version; nothing was written.', 'status');
    default:
      return null;
  }
}

type ButtonsProps = { state: RollbackState; deletes: boolean; dispatch: (event: Parameters<typeof rollbackTransition>[1]) => void; onClose: () => void };

function Buttons({ state, deletes, dispatch, onClose }: ButtonsProps) {
  const cancel = (label = 'Cancel') => (
    <button type="button" className="button" disabled={state.phase === 'applying'} onClick={onClose}>
      {label}
    </button>
  );
  if (state.phase === 'ready' || state.phase === 'applying') {
    return (
      <>
        {cancel()}
        <button type="button" className={`button ${deletes ? 'button-danger' : 'button-primary'}`} disabled={state.phase === 'applying'} onClick={() => dispatch({ type: 'apply', deletes })}>
          {state.phase === 'applying' ? 'Rolling back…' : deletes ? 'Roll back and delete the file' : 'Roll back'}
        </button>
      </>
    );
  }
  if (state.phase === 'confirm-delete') {
    return (
      <>
        {cancel()}
        <button type="button" className="button button-danger" onClick={() => dispatch({ type: 'confirm-delete' })}>
          Yes, delete the rule file
        </button>
      </>
    );
  }
  if (state.phase === 'conflict') {
    return (
      <>
        {cancel()}
        <button type="button" className="button button-primary" onClick={() => dispatch({ type: 'reload' })}>
          Reload and preview again
        </button>
      </>
    );
  }
  if (state.phase === 'failed') {
    return (
      <>
        {cancel()}
        <button type="button" className="button" onClick={() => dispatch({ type: 'retry' })}>
          Try again
        </button>
      </>
    );
  }
  return cancel(state.phase === 'previewing' || state.phase === 'reloading' ? 'Cancel' : 'Close');
}
