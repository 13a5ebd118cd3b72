import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { RollbackResult, RuleHistoryEntry } from '@contract/rules.ts';
import { DiffView } from '../../../components/diff-view.tsx';
import { NoticeBox, noticeClassName } from '../../../components/notice-box.tsx';
import { TrafficSplit } from '../../../components/traffic-split.tsx';
import { WriteFlowDialog } from '../../../components/write-flow/write-flow-dialog.tsx';
import type { WriteFlowWording } from '../../../components/write-flow/write-flow-notice.tsx';
import { ApiRequestError } from '../../../lib/api-client.ts';
import { parseUnifiedDiff } from '../../../lib/line-diff.ts';
import { auditKeys, ruleKeys } from '../../../lib/query-keys.ts';
import { useWriteFlow } from '../../../lib/write-flow/use-write-flow.ts';
import type { WriteFlowRequest } from '../../../lib/write-flow/use-write-flow.ts';
import { useRule } from '../api/get-rule.ts';
import { rollbackRule } from '../api/rollback-rule.ts';
import { DELETE_QUESTION, rollbackFlowPolicy, rollbackReached } from '../rollback-flow.ts';
import type { RollbackConfirmation } from '../rollback-flow.ts';
import styles from './rollback-dialog.module.css';

type RollbackDialogProps = { node: string; entry: RuleHistoryEntry; expectedVersion: number; current: string | null; onClose: () => void };

const rollbackWording: WriteFlowWording<RollbackResult> = {
  previewing: 'Computing the effect (dry run, nothing is written)…',
  reloading: 'Reloading the current rule…',
  conflict: 'Nothing was written.',
  failedTitle: () => 'The rollback failed',
  written: (phase) =>
    phase === 'pending'
      ? 'Written; waiting for the registry watch to show the restored rule.'
      : phase === 'waiting'
        ? 'The rollback was written but after 10 s the rule page does not show it yet. It updates by itself.'
        : 'The registry shows the restored rule.',
  confirmedTitle: 'Rolled back',
  noop: 'The rule already equals that version; nothing was written.',
};

/** Restores one history version: dry-run diff first, explicit delete question, then pending until seen. */
export function RollbackDialog({ node, entry, expectedVersion: seen, onClose }: RollbackDialogProps) {
  const queryClient = useQueryClient();
  const rule = useRule(node);
  const [expectedVersion, setExpectedVersion] = useState(seen);
  const deletes = entry.text === null;
  const gone = rule.error instanceof ApiRequestError && rule.error.isNotFound;

  const send = (request: WriteFlowRequest<RollbackConfirmation>, dryRun: boolean) => {
    const reason = request.reason.trim();
    const confirmDelete = request.confirmed.includes('confirmDelete');
    return rollbackRule(node, { version: entry.version, expectedVersion, dryRun, ...(confirmDelete ? { confirmDelete } : {}), ...(reason ? { reason } : {}) });
  };
  const flow = useWriteFlow<RollbackResult, RollbackResult, RollbackConfirmation>(rollbackFlowPolicy, {
    preview: (request) => send(request, true),
    write: async (request) => {
      const result = await send(request, false);
      void queryClient.invalidateQueries({ queryKey: ruleKeys.all });
      void queryClient.invalidateQueries({ queryKey: auditKeys.all });
      return result;
    },
    reload: async () => {
      const fresh = await rule.refetch();
      setExpectedVersion(fresh.data?.rule.version ?? -1);
    },
    reached: rollbackReached(entry.text, rule.data, gone),
  });

  return (
    <WriteFlowDialog
      title={`Roll back to version #${entry.version}`}
      flow={flow}
      onClose={onClose}
      intro={
        <p className={styles.muted}>
          Restores <code>{node}</code> to its state after version #{entry.version} ({entry.action} by {entry.actor}
          {entry.reason ? `: “${entry.reason}”` : ''}).
          {deletes ? <strong> The rule did not exist then: rolling back deletes the file.</strong> : null}
        </p>
      }
      renderQuestion={(question) => (
        <NoticeBox tone="danger" title="Delete the rule file?">
          <p>{question.message}. Rolling back to this version removes the node from ZooKeeper; everything it configures stops applying.</p>
        </NoticeBox>
      )}
      renderPreview={(preview) => <RollbackPreview preview={preview} />}
      wording={rollbackWording}
      action={{ label: deletes ? 'Roll back and delete the file' : 'Roll back', busyLabel: 'Rolling back…', tone: deletes ? 'danger' : 'primary', ...(deletes ? { ask: DELETE_QUESTION } : {}) }}
      confirmLabel={() => 'Yes, delete the rule file'}
    />
  );
}

function RollbackPreview({ preview }: { preview: RollbackResult }) {
  return (
    <>
      {preview.preview?.map((service) => <TrafficSplit key={service.serviceKey} service={service} />)}
      <DiffView label="Rollback diff" lines={parseUnifiedDiff(preview.diff)} emptyText="The current text already equals that version." />
      {preview.warnings?.length ? (
        <ul className={noticeClassName('warning')} aria-label="Warnings">
          {preview.warnings.map((warning) => <li key={warning.code}>{warning.message}</li>)}
        </ul>
      ) : null}
    </>
  );
}
