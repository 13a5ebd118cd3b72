import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../../lib/display-format.ts';
import { needsRole } from '../../../lib/permissions.ts';
import { usePermissions } from '../../../lib/session-query.ts';
import { pendingFor } from '../pending-write.ts';
import { useGovernanceScope } from './governance-scope-context.ts';
import styles from './instance-controls.module.css';
import { WeightEditor } from './weight-editor.tsx';

export type InstanceControlsProps = {
  address: string;
  /** The effective weight; undefined when it differs between the services the instance provides. */
  weight: number | undefined;
  registeredWeight?: number | undefined;
  /** Effective state: enabled offers Disable…, otherwise Enable…. */
  enabled: boolean;
  /** Set when the target refuses writes for this instance: shown instead of the controls. */
  unavailable?: { title: string; reason: string } | undefined;
};

/**
 * One instance's governance controls, on the service page (a provider) or the application page (an
 * instance, every service it provides): select for bulk, edit the weight, enable/disable. Each opens
 * the confirmation dialog of the surrounding scope; while a write to this instance waits for the
 * registry the row says so and offers nothing else.
 */
export function InstanceControls({ address, weight, registeredWeight, enabled, unavailable }: InstanceControlsProps) {
  const { t } = useTranslation('governance');
  const scope = useGovernanceScope();
  const [editing, setEditing] = useState(false);
  const { governance } = usePermissions();
  // A viewer sees the state but is not invited to change it (the server would answer 403).
  const refused = governance ? undefined : needsRole('operator');
  const target = governance ? scope.subject?.target : undefined;
  if (unavailable) {
    return (
      <span className={styles.unavailable} role="note" aria-label={t('controls.unavailable', { address, title: unavailable.title, reason: unavailable.reason })}>
        <span className={styles.unavailableTitle}>{unavailable.title}</span>
        <span>{unavailable.reason}</span>
      </span>
    );
  }
  const pending = pendingFor(scope.writes, scope.subjectId, address);
  const toggle = enabled ? 'disable' : 'enable';
  const shown = weight === undefined ? t('controls.mixed') : formatCount(weight);

  return (
    <span className={styles.controls} title={refused}>
      {refused ? null : (
        <label className={styles.select} title={t('controls.selectForBulk')}>
          <input type="checkbox" checked={scope.selection.has(address)} onChange={() => scope.toggleSelected(address)} aria-label={t('controls.select', { address })} />
        </label>
      )}
      {pending ? (
        <span className={pending.status === 'waiting' ? styles.waiting : styles.applying} role="status" title={pending.description}>
          {pending.status === 'waiting' ? t('controls.waiting') : t('controls.applying')}
        </span>
      ) : (
        <>
          <span className={styles.anchor}>
            <button
              type="button"
              className="button button-small"
              aria-expanded={editing}
              aria-label={t('controls.editWeightNow', { address, weight: shown })}
              aria-description={refused}
              title={refused}
              disabled={!target}
              onClick={() => setEditing((open) => !open)}
            >
              {t('controls.weightButton', { weight: shown })} <span aria-hidden="true">✎</span>
            </button>
            {editing && target ? (
              <div className={styles.popover}>
                <WeightEditor
                  label={t('controls.editWeight', { address })}
                  initial={weight ?? 100}
                  registered={registeredWeight}
                  onCancel={() => setEditing(false)}
                  onSubmit={(next) => {
                    setEditing(false);
                    scope.openDialog({ action: 'set-weight', target, addresses: [address], weight: next });
                  }}
                />
              </div>
            ) : null}
          </span>
          <button
            type="button"
            className={`button button-small ${styles.toggle} ${toggle === 'disable' ? styles.disable : styles.enable}`}
            aria-label={toggle === 'disable' ? t('controls.disableAddress', { address }) : t('controls.enableAddress', { address })}
            aria-description={refused}
            title={refused}
            disabled={!target}
            onClick={() => target && scope.openDialog({ action: toggle, target, addresses: [address] })}
          >
            {toggle === 'disable' ? t('controls.disable') : t('controls.enable')}
          </button>
        </>
      )}
    </span>
  );
}
