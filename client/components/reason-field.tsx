import { useTranslation } from 'react-i18next';
import styles from './reason-field.module.css';

type ReasonFieldProps = {
  value: string;
  onChange: (value: string) => void;
  disabled?: boolean;
  placeholder?: string;
};

/** The operator's "why" for a governance write, kept in the rule history and the audit trail. */
export function ReasonField({ value, onChange, disabled, placeholder }: ReasonFieldProps) {
  const { t } = useTranslation('common');
  return (
    <label className={styles.field}>
      <span className={styles.label}>{t('reason.label')}</span>
      <input
        className="input"
        value={value}
        maxLength={500}
        disabled={disabled}
        placeholder={placeholder}
        onChange={(event) => onChange(event.target.value)}
      />
    </label>
  );
}
