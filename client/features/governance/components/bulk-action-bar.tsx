import { useState } from 'react';
import { usePermissions } from '../../../lib/session-query.ts';
import { instanceNoun } from '../governance-intent.ts';
import type { GovernanceSubject } from '../governance-subject.ts';
import { DEFAULT_WEIGHT } from '../weight-input.ts';
import styles from './bulk-action-bar.module.css';
import { useGovernanceScope } from './governance-scope-context.ts';
import { WeightEditor } from './weight-editor.tsx';

/**
 * Appears at the bottom of the page once providers (or application instances) are selected: one
 * action for all of them, through the same preview-and-confirm dialog (the bulk operations endpoint).
 * Selections of instances that have since left the registry are ignored.
 */
export function BulkActionBar({ subject }: { subject: GovernanceSubject }) {
  const scope = useGovernanceScope();
  const [editing, setEditing] = useState(false);
  const { governance } = usePermissions();
  const addresses = subject.selectable.filter((address) => scope.selection.has(address));
  // Bulk writes need the operator role; a viewer has no selection boxes either.
  if (addresses.length === 0 || !governance) return null;
  const target = subject.target;
  const open = (action: 'disable' | 'enable') => scope.openDialog({ action, target, addresses });
  const noun = instanceNoun(target, addresses.length);

  return (
    <div className={styles.bar} role="toolbar" aria-label="Bulk actions">
      <span className={styles.count}>
        {addresses.length} {noun} selected
      </span>
      {addresses.length < subject.selectable.length ? (
        <button type="button" className="button button-small button-quiet" onClick={() => scope.setSelection(subject.selectable)}>
          Select all {subject.selectable.length}
        </button>
      ) : null}
      <span className={styles.spacer} />
      <span className={styles.anchor}>
        <button type="button" className="button button-small" aria-expanded={editing} onClick={() => setEditing((value) => !value)}>
          Set weight…
        </button>
        {editing ? (
          <div className={styles.popover}>
            <WeightEditor
              label={`Set the weight of ${addresses.length} ${noun}`}
              initial={DEFAULT_WEIGHT}
              onCancel={() => setEditing(false)}
              onSubmit={(weight) => {
                setEditing(false);
                scope.openDialog({ action: 'set-weight', target, addresses, weight });
              }}
            />
          </div>
        ) : null}
      </span>
      <button type="button" className="button button-small" onClick={() => open('disable')}>
        Disable…
      </button>
      <button type="button" className="button button-small" onClick={() => open('enable')}>
        Enable…
      </button>
      <button type="button" className="button button-small button-quiet" onClick={() => scope.setSelection([])}>
        Clear selection
      </button>
    </div>
  );
}
