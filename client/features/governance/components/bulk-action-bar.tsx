import { useState } from 'react';
import type { ServiceDetail } from '@contract/services.ts';
import { DEFAULT_WEIGHT } from '../weight-input.ts';
import styles from './bulk-action-bar.module.css';
import { useGovernanceScope } from './governance-scope-context.ts';
import { WeightEditor } from './weight-editor.tsx';

/**
 * Appears at the bottom of the page once providers are selected: one action for all of them, through
 * the same preview-and-confirm dialog (the bulk operations endpoint). Selections of providers that
 * have since left the registry are ignored.
 */
export function BulkActionBar({ service }: { service: ServiceDetail }) {
  const scope = useGovernanceScope();
  const [editing, setEditing] = useState(false);
  const addresses = service.providers.map((provider) => provider.address).filter((address) => scope.selection.has(address));
  if (addresses.length === 0) return null;
  const open = (action: 'disable' | 'enable') => scope.openDialog({ action, serviceKey: service.key, addresses });
  const noun = addresses.length === 1 ? 'provider' : 'providers';

  return (
    <div className={styles.bar} role="toolbar" aria-label="Bulk actions">
      <span className={styles.count}>
        {addresses.length} {noun} selected
      </span>
      {addresses.length < service.providers.length ? (
        <button type="button" className="button button-small button-quiet" onClick={() => scope.setSelection(service.providers.map((p) => p.address))}>
          Select all {service.providers.length}
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
                scope.openDialog({ action: 'set-weight', serviceKey: service.key, addresses, weight });
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
