import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { Release } from '@contract/releases.ts';
import { needsRole } from '../../../lib/permissions.ts';
import { usePermissions } from '../../../lib/session-query.ts';
import { moveWording } from '../release-move-wording.ts';
import { moveAvailability, RELEASE_MOVES } from '../release-moves.ts';
import type { ReleaseMove } from '../release-moves.ts';
import styles from './release-page.module.css';
import { ReleaseMoveDialog } from './release-move-dialog.tsx';

/** The operator's buttons; one the state does not allow is disabled and says why (on hover and under the row). */
export function ReleaseActions({ release }: { release: Release }) {
  const { t } = useTranslation('releases');
  const [open, setOpen] = useState<ReleaseMove | undefined>(undefined);
  const { releases } = usePermissions();
  // Moving a release needs the operator role; a viewer sees every button closed, with that reason.
  const availabilityOf = (move: ReleaseMove) => (releases ? moveAvailability(release, move) : ({ allowed: false, why: needsRole('operator') } as const));
  const moves = RELEASE_MOVES.filter((move) => move !== 'start' || release.state.kind === 'draft');
  const closed = moves.flatMap((move) => {
    const availability = availabilityOf(move);
    return availability.allowed ? [] : [{ move, why: availability.why }];
  });
  const whys = [...new Set(closed.map((entry) => entry.why))];
  return (
    <div className={styles.actionArea}>
    <div className={styles.actions} role="group" aria-label={t('actions.label')}>
      {moves.map((move) => {
        const availability = availabilityOf(move);
        const wording = moveWording(move);
        return (
          <button
            key={move}
            type="button"
            className={`button ${availability.allowed && move === 'rollback' ? 'button-danger' : ''}`}
            disabled={!availability.allowed}
            title={availability.allowed ? wording.effect : availability.why}
            onClick={() => setOpen(move)}
          >
            {t('actions.open', { move: wording.button })}
          </button>
        );
      })}
      {open ? <ReleaseMoveDialog release={release} move={open} onClose={() => setOpen(undefined)} /> : null}
    </div>
      {whys.length === 1 && closed.length === moves.length ? (
        <p className={styles.why}>{whys[0]}</p>
      ) : closed.length > 0 ? (
        <ul className={styles.why} aria-label={t('actions.whyLabel')}>
          {closed.map((entry) => (
            <li key={entry.move}>
              <Trans t={t} i18nKey="actions.closed" values={{ move: moveWording(entry.move).button, why: entry.why }} components={{ move: <strong /> }} />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
