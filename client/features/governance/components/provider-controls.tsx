import { useState } from 'react';
import type { Instance } from '@contract/instance.ts';
import type { ServiceDetail } from '@contract/services.ts';
import { formatCount } from '../../../lib/display-format.ts';
import { toggleActionOf } from '../governance-intent.ts';
import { pendingFor } from '../pending-write.ts';
import { useGovernanceScope } from './governance-scope-context.ts';
import styles from './provider-controls.module.css';
import { WeightEditor } from './weight-editor.tsx';

type ProviderControlsProps = { service: ServiceDetail; provider: Instance };

/**
 * One provider's governance controls: select for bulk, edit the weight, enable/disable. Each opens
 * the confirmation dialog; while a write to this provider waits for the registry the row says so
 * and offers nothing else.
 */
export function ProviderControls({ service, provider }: ProviderControlsProps) {
  const scope = useGovernanceScope();
  const [editing, setEditing] = useState(false);
  const pending = pendingFor(scope.writes, service.key, provider.address);
  const selected = scope.selection.has(provider.address);
  const toggle = toggleActionOf(provider);

  return (
    <span className={styles.controls}>
      <label className={styles.select} title="Select for a bulk action">
        <input type="checkbox" checked={selected} onChange={() => scope.toggleSelected(provider.address)} aria-label={`Select ${provider.address}`} />
      </label>
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
              aria-label={`Edit weight of ${provider.address} (now ${provider.weight})`}
              onClick={() => setEditing((open) => !open)}
            >
              Weight {formatCount(provider.weight)} <span aria-hidden="true">✎</span>
            </button>
            {editing ? (
              <div className={styles.popover}>
                <WeightEditor
                  label={`Edit weight of ${provider.address}`}
                  initial={provider.weight}
                  registered={provider.registeredWeight}
                  onCancel={() => setEditing(false)}
                  onSubmit={(weight) => {
                    setEditing(false);
                    scope.openDialog({ action: 'set-weight', serviceKey: service.key, addresses: [provider.address], weight });
                  }}
                />
              </div>
            ) : null}
          </span>
          <button
            type="button"
            className={`button button-small ${styles.toggle} ${toggle === 'disable' ? styles.disable : styles.enable}`}
            aria-label={`${toggle === 'disable' ? 'Disable' : 'Enable'} ${provider.address}`}
            onClick={() => scope.openDialog({ action: toggle, serviceKey: service.key, addresses: [provider.address] })}
          >
            {toggle === 'disable' ? 'Disable…' : 'Enable…'}
          </button>
        </>
      )}
    </span>
  );
}
