import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { RollbackResult, RuleHistoryEntry } from '@contract/rules.ts';
import { DiffView } from '../../../components/diff-view.tsx';
import { NoticeBox, noticeClassName } from '../../../components/notice-box.tsx';
import { TrafficSplit } from '../../../components/traffic-split.tsx';
import { WriteFlowDialog } from '../../../components/write-flow/write-flow-dialog.tsx';
import type { WriteFlowWording } from '../../../components/write-flow/write-flow-notice.tsx';
import { i18n } from '../../../i18n/i18n.ts';
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

/** The rollback's messages for the shared write flow, read when shown (so they follow the language). */
const rollbackWording: WriteFlowWording<RollbackResult> = {
  get previewing() {
    return i18n.t('rules:rollback.previewing');
  },
  get reloading() {
    return i18n.t('rules:rollback.reloading');
  },
  get conflict() {
    return i18n.t('rules:rollback.conflict');
  },
  failedTitle: () => i18n.t('rules:rollback.failed'),
  written: (phase) => i18n.t(`rules:rollback.${phase}`),
  get confirmedTitle() {
    return i18n.t('rules:rollback.confirmedTitle');
  },
  get noop() {
    return i18n.t('rules:rollback.noop');
  },
};

/** Restores one history version: dry-run diff first, explicit delete question, then pending until seen. */
export function RollbackDialog({ node, entry, expectedVersion: seen, onClose }: RollbackDialogProps) {
  const { t } = useTranslation('rules');
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
      title={t('rollback.title', { version: entry.version })}
      flow={flow}
      onClose={onClose}
      intro={
        <p className={styles.muted}>
          <Trans
            t={t}
            i18nKey={entry.reason ? 'rollback.introReason' : 'rollback.intro'}
            values={{ node, version: entry.version, action: entry.action, actor: entry.actor, reason: entry.reason }}
            components={{ code: <code /> }}
          />
          {deletes ? <strong>{t('rollback.deletes')}</strong> : null}
        </p>
      }
      renderQuestion={(question) => (
        <NoticeBox tone="danger" title={t('rollback.deleteTitle')}>
          <p>{t('rollback.deleteBody', { message: question.message })}</p>
        </NoticeBox>
      )}
      renderPreview={(preview) => <RollbackPreview preview={preview} />}
      wording={rollbackWording}
      action={{
        label: deletes ? t('rollback.actionDelete') : t('rollback.action'),
        busyLabel: t('rollback.busy'),
        tone: deletes ? 'danger' : 'primary',
        ...(deletes ? { ask: DELETE_QUESTION } : {}),
      }}
      confirmLabel={() => t('rollback.confirmDelete')}
    />
  );
}

function RollbackPreview({ preview }: { preview: RollbackResult }) {
  const { t } = useTranslation('rules');
  return (
    <>
      {preview.preview?.map((service) => <TrafficSplit key={service.serviceKey} service={service} />)}
      <DiffView label={t('rollback.diffLabel')} lines={parseUnifiedDiff(preview.diff)} emptyText={t('rollback.unchanged')} />
      {preview.warnings?.length ? (
        <ul className={noticeClassName('warning')} aria-label={t('rollback.warnings')}>
          {preview.warnings.map((warning) => <li key={warning.code}>{warning.message}</li>)}
        </ul>
      ) : null}
    </>
  );
}
