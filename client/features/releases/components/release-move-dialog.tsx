import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Release } from '@contract/releases.ts';
import { WriteFlowDialog } from '../../../components/write-flow/write-flow-dialog.tsx';
import type { WriteFlowWording } from '../../../components/write-flow/write-flow-notice.tsx';
import { useRelease } from '../../../lib/queries/release-queries.ts';
import { auditKeys, releaseKeys } from '../../../lib/query-keys.ts';
import { useWriteFlow } from '../../../lib/write-flow/use-write-flow.ts';
import { moveRelease } from '../api/send-release.ts';
import { moveWording } from '../release-move-wording.ts';
import { releaseMoveFlowPolicy } from '../release-move-flow.ts';
import { moveReached } from '../release-moves.ts';
import type { ReleaseMove } from '../release-moves.ts';
import { refusalMessage } from '../release-refusals.ts';

type ReleaseMoveDialogProps = { release: Release; move: ReleaseMove; onClose: () => void };

/** Confirms one move (advance, pause, …) with a reason, sends it, and waits until the release shows it. */
export function ReleaseMoveDialog({ release, move, onClose }: ReleaseMoveDialogProps) {
  const { t } = useTranslation('releases');
  const queryClient = useQueryClient();
  const current = useRelease(release.id);
  // The release as the operator saw it when asking: the page's copy moves on once the move lands.
  const [before] = useState(release);
  const wording = moveWording(move);
  const flow = useWriteFlow<undefined, Release, never>(releaseMoveFlowPolicy, {
    write: async (request) => {
      try {
        return await moveRelease(release.id, move, request.reason);
      } finally {
        void queryClient.invalidateQueries({ queryKey: releaseKeys.all });
        void queryClient.invalidateQueries({ queryKey: auditKeys.all });
      }
    },
    reload: () => current.refetch(),
    reached: moveReached(move, before, current.data),
  });
  const flowWording: WriteFlowWording<Release> = {
    previewing: '',
    reloading: t('dialog.reloading'),
    conflict: t('dialog.conflict'),
    failedTitle: () => t('dialog.refused', { move: wording.button }),
    written: (phase) =>
      phase === 'confirmed'
        ? t('dialog.confirmed')
        : phase === 'waiting'
          ? t('dialog.waiting')
          : t('dialog.writing'),
    confirmedTitle: wording.done,
    noop: t('dialog.noop'),
  };
  const refused = flow.state.phase === 'failed' ? refusalMessage(flow.state.refusal.code) : undefined;
  return (
    <WriteFlowDialog
      title={wording.title(release.id)}
      flow={flow}
      onClose={onClose}
      intro={
        <>
          <p>{wording.effect}</p>
          {refused ? <p><strong>{refused}</strong></p> : null}
        </>
      }
      renderQuestion={() => null}
      renderPreview={() => null}
      reasonPlaceholder={t('dialog.reasonPlaceholder')}
      wording={flowWording}
      action={{ label: wording.button, busyLabel: wording.busy, tone: wording.tone }}
      confirmLabel={() => wording.button}
    />
  );
}
