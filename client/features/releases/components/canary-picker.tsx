import type { ApplicationDetail } from '@contract/applications.ts';
import { compareAddresses } from '../../../lib/local-list.ts';
import type { CanaryBy, ReleaseDraft } from '../release-draft.ts';
import styles from './release-wizard.module.css';

type CanaryPickerProps = {
  draft: ReleaseDraft;
  application: ApplicationDetail | undefined;
  /** What the live preview says the selector matches now (addresses), if known. */
  matched: readonly string[] | undefined;
  onChange: (patch: Partial<ReleaseDraft>) => void;
};

/** The canary: ticked provider instances, or every provider whose URL parameter has a value (e.g. version = 2.2.0). */
export function CanaryPicker({ draft, application, matched, onChange }: CanaryPickerProps) {
  const providers = (application?.instances ?? [])
    .filter((instance) => instance.roles.includes('provider'))
    .filter((instance) => draft.service === '' || instance.providedServices.includes(draft.service))
    .sort((a, b) => compareAddresses(a.address, b.address));
  const by = (canaryBy: CanaryBy) => () => onChange({ canaryBy });
  const toggle = (address: string, on: boolean) =>
    onChange({ addresses: on ? [...draft.addresses, address] : draft.addresses.filter((picked) => picked !== address) });
  return (
    <section className={styles.section} aria-label="Canary">
      <h2 className={styles.legend}>2. Canary instances</h2>
      <div className={styles.choices} role="radiogroup" aria-label="Choose the canary">
        <label>
          <input type="radio" name="canary-by" checked={draft.canaryBy === 'instances'} onChange={by('instances')} /> Pick instances
        </label>
        <label>
          <input type="radio" name="canary-by" checked={draft.canaryBy === 'match'} onChange={by('match')} /> Match a provider parameter
        </label>
      </div>
      {draft.canaryBy === 'instances' ? (
        providers.length === 0 ? (
          <p className="muted">{application ? 'This application has no provider instance for that service.' : 'Pick an application first.'}</p>
        ) : (
          <ul className={styles.instances} aria-label="Provider instances">
            {providers.map((instance) => (
              <li key={instance.address}>
                <label className={styles.instance}>
                  <input
                    type="checkbox"
                    checked={draft.addresses.includes(instance.address)}
                    onChange={(event) => toggle(instance.address, event.target.checked)}
                  />
                  <span className="mono">{instance.address}</span>
                  <span className="muted">{instance.release ? `Dubbo ${instance.release}` : ''}</span>
                </label>
              </li>
            ))}
          </ul>
        )
      ) : (
        <div className={styles.row}>
          <label className={styles.field}>
            <span className={styles.label}>Parameter</span>
            <input className="input mono" value={draft.matchKey} onChange={(event) => onChange({ matchKey: event.target.value })} placeholder="version" />
          </label>
          <label className={styles.field}>
            <span className={styles.label}>Value</span>
            <input className="input mono" value={draft.matchValue} onChange={(event) => onChange({ matchValue: event.target.value })} placeholder="2.2.0" />
          </label>
        </div>
      )}
      {matched === undefined ? null : (
        <p className={styles.hint} role="status">
          {matched.length === 0 ? 'The selection matches no instance right now.' : `Matches ${matched.length} instance${matched.length === 1 ? '' : 's'} now: ${matched.join(', ')}.`}
          {draft.canaryBy === 'match' ? ' Instances that register later with this value join at the next step.' : ''}
        </p>
      )}
    </section>
  );
}
