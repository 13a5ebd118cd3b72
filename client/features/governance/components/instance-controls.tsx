import { useState } from 'react';
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
  const scope = useGovernanceScope();
  const [editing, setEditing] = useState(false);
  const { governance } = usePermissions();
  // A viewer sees the state but is not invited to change it (the server would answer 403).
  const refused = governance ? undefined : needsRole('operator');
  const target = governance ? scope.subject?.target : undefined;
  if (unavailable) {
    return (
      <span className={styles.unavailable} role="note" aria-label={`${address}: ${unavailable.title}. ${unavailable.reason}`}>
        <span className={styles.unavailableTitle}>{unavailable.title}</span>
        <span>{unavailable.reason}</span>
      </span>
    );
  }
  const pending = pendingFor(scope.writes, scope.subjectId, address);
  const toggle = enabled ? 'disable' : 'enable';
  const shown = weight === undefined ? 'mixed' : formatCount(weight);

  return (
    <span className={styles.controls} title={refused}>
      {refused ? null : (
        <label className={styles.select} title="Select for a bulk action">
          <input type="checkbox" checked={scope.selection.has(address)} onChange={() => scope.toggleSelected(address)} aria-label={`Select ${address}`} />
        </label>
      )}
      {pending ? (
        <span className={pending.status === 'waiting' ? styles.waiting : styles.applying} role="status" title={pending.description}>
          {pending.status === 'waiting' ? 'Written, waiting for the registry' : 'Applying…'}
        </span>
      ) : (
        <>
          <span className={styles.anchor}>
            <button
              type="button"
              className="button button-small"
              aria-expanded={editing}
              aria-label={`Edit weight of ${address} (now ${shown})`}
              aria-description={refused}
              title={refused}
              disabled={!target}
              onClick={() => setEditing((open) => !open)}
            >
              Weight {shown} <span aria-hidden="true">✎</span>
            </button>
            {editing && target ? (
              <div className={styles.popover}>
                <WeightEditor
                  label={`Edit weight of ${address}`}
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
            aria-label={`${toggle === 'disable' ? 'Disable' : 'Enable'} ${address}`}
            aria-description={refused}
            title={refused}
            disabled={!target}
            onClick={() => target && scope.openDialog({ action: toggle, target, addresses: [address] })}
          >
            {toggle === 'disable' ? 'Disable…' : 'Enable…'}
          </button>
        </>
      )}
    </span>
  );
}
