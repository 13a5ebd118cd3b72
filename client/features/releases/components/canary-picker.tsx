import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('releaseWizard');
  const providers = (application?.instances ?? [])
    .filter((instance) => instance.roles.includes('provider'))
    .filter((instance) => draft.service === '' || instance.providedServices.includes(draft.service))
    .sort((a, b) => compareAddresses(a.address, b.address));
  const by = (canaryBy: CanaryBy) => () => onChange({ canaryBy });
  const toggle = (address: string, on: boolean) =>
    onChange({ addresses: on ? [...draft.addresses, address] : draft.addresses.filter((picked) => picked !== address) });
  const matchedText =
    matched === undefined || matched.length === 0
      ? t('canary.matchesNone')
      : t('canary.matches', { count: matched.length, addresses: matched.join(t('canary.addressSeparator')) });
  return (
    <section className={styles.section} aria-label={t('canary.label')}>
      <h2 className={styles.legend}>{t('canary.legend')}</h2>
      <div className={styles.choices} role="radiogroup" aria-label={t('canary.chooseLabel')}>
        <label>
          <input type="radio" name="canary-by" checked={draft.canaryBy === 'instances'} onChange={by('instances')} /> {t('canary.pickInstances')}
        </label>
        <label>
          <input type="radio" name="canary-by" checked={draft.canaryBy === 'match'} onChange={by('match')} /> {t('canary.matchParameter')}
        </label>
      </div>
      {draft.canaryBy === 'instances' ? (
        providers.length === 0 ? (
          <p className="muted">{application ? t('canary.noProvider') : t('canary.pickApplicationFirst')}</p>
        ) : (
          <ul className={styles.instances} aria-label={t('canary.instancesLabel')}>
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
            <span className={styles.label}>{t('canary.parameter')}</span>
            <input className="input mono" value={draft.matchKey} onChange={(event) => onChange({ matchKey: event.target.value })} placeholder={t('canary.parameterExample')} />
          </label>
          <label className={styles.field}>
            <span className={styles.label}>{t('canary.value')}</span>
            <input className="input mono" value={draft.matchValue} onChange={(event) => onChange({ matchValue: event.target.value })} placeholder="2.2.0" />
          </label>
        </div>
      )}
      {matched === undefined ? null : (
        <p className={styles.hint} role="status">
          {draft.canaryBy === 'match' ? t('canary.joinLater', { matched: matchedText }) : matchedText}
        </p>
      )}
    </section>
  );
}
