import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../../lib/session-query.ts';
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
  const { t } = useTranslation('governance');
  const scope = useGovernanceScope();
  const [editing, setEditing] = useState(false);
  const { governance } = usePermissions();
  const addresses = subject.selectable.filter((address) => scope.selection.has(address));
  // Bulk writes need the operator role; a viewer has no selection boxes either.
  if (addresses.length === 0 || !governance) return null;
  const target = subject.target;
  const open = (action: 'disable' | 'enable') => scope.openDialog({ action, target, addresses });
  const noun = target.scope === 'service' ? 'provider' : 'instance';
  const count = addresses.length;

  return (
    <div className={styles.bar} role="toolbar" aria-label={t('bulk.label')}>
      <span className={styles.count}>
        {t(`bulk.selected.${noun}`, { count })}
      </span>
      {addresses.length < subject.selectable.length ? (
        <button type="button" className="button button-small button-quiet" onClick={() => scope.setSelection(subject.selectable)}>
          {t('bulk.selectAll', { count: subject.selectable.length })}
        </button>
      ) : null}
      <span className={styles.spacer} />
      <span className={styles.anchor}>
        <button type="button" className="button button-small" aria-expanded={editing} onClick={() => setEditing((value) => !value)}>
          {t('bulk.setWeight')}
        </button>
        {editing ? (
          <div className={styles.popover}>
            <WeightEditor
              label={t(`bulk.setWeightOf.${noun}`, { count })}
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
        {t('bulk.disable')}
      </button>
      <button type="button" className="button button-small" onClick={() => open('enable')}>
        {t('bulk.enable')}
      </button>
      <button type="button" className="button button-small button-quiet" onClick={() => scope.setSelection([])}>
        {t('bulk.clear')}
      </button>
    </div>
  );
}
