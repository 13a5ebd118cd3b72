import { useTranslation } from 'react-i18next';
import type { ApplicationDetail } from '@contract/applications.ts';
import { useApplications } from '../../../lib/queries/applications-query.ts';
import type { ReleaseDraft } from '../release-draft.ts';
import styles from './release-wizard.module.css';

type WizardTargetFieldsProps = {
  draft: ReleaseDraft;
  application: ApplicationDetail | undefined;
  onChange: (patch: Partial<ReleaseDraft>) => void;
};

/** Which application is released, and optionally only one of its services. */
export function WizardTargetFields({ draft, application, onChange }: WizardTargetFieldsProps) {
  const { t } = useTranslation('releaseWizard');
  const applications = useApplications({ q: '', sort: 'name', order: 'asc', limit: 1000, offset: 0 });
  const names = applications.data?.items.filter((app) => app.providerInstanceCount > 0).map((app) => app.name) ?? [];
  if (draft.application && !names.includes(draft.application)) names.unshift(draft.application);
  return (
    <section className={styles.section} aria-label={t('target.label')}>
      <h2 className={styles.legend}>{t('target.legend')}</h2>
      <div className={styles.row}>
        <label className={styles.field}>
          <span className={styles.label}>{t('target.application')}</span>
          <select
            className="input"
            value={draft.application}
            onChange={(event) => onChange({ application: event.target.value, service: '', addresses: [] })}
          >
            <option value="">{t('target.pickApplication')}</option>
            {names.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label className={styles.field}>
          <span className={styles.label}>{t('target.service')}</span>
          <select className="input" value={draft.service} disabled={!application} onChange={(event) => onChange({ service: event.target.value, addresses: [] })}>
            <option value="">{t('target.everyService')}</option>
            {application?.provides.map((key) => (
              <option key={key} value={key}>
                {key}
              </option>
            ))}
          </select>
        </label>
      </div>
    </section>
  );
}
